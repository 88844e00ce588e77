package org.clinic.kiosk.voice.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.usage.UsageEvent.VoiceOutcome;
import org.clinic.kiosk.voice.conversation.Conversation.State;
import org.clinic.kiosk.voice.conversation.Effect.Activity;
import org.clinic.kiosk.voice.conversation.Effect.AskFirst;
import org.clinic.kiosk.voice.conversation.Effect.Close;
import org.clinic.kiosk.voice.conversation.Effect.Count;
import org.clinic.kiosk.voice.conversation.Effect.Cue;
import org.clinic.kiosk.voice.conversation.Effect.Ignore;
import org.clinic.kiosk.voice.conversation.Effect.Listen;
import org.clinic.kiosk.voice.conversation.Effect.OfferChoice;
import org.clinic.kiosk.voice.conversation.Effect.OpenTopic;
import org.clinic.kiosk.voice.conversation.Effect.RunCommand;
import org.clinic.kiosk.voice.conversation.Effect.Say;
import org.clinic.kiosk.voice.conversation.Effect.SayNotUnderstood;
import org.clinic.kiosk.voice.conversation.Effect.ShowHeard;
import org.clinic.kiosk.voice.conversation.Effect.StopSpeaking;
import org.clinic.kiosk.voice.match.Command;
import org.clinic.kiosk.voice.match.LuceneQuestionMatcher;
import org.clinic.kiosk.voice.match.MatchResult;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spoken conversation's states and what each input makes the screen do, with the real matcher. */
class ConversationTest {

    private static final Vocabulary QUESTIONS = new Vocabulary(List.of("hospice", "go back", Transcript.UNKNOWN));
    private static TopicCatalog catalog;
    private static QuestionMatcher matcher;

    private Conversation talk;

    @BeforeAll
    static void buildMatcher() {
        catalog = TopicCatalog.load(Path.of("target/no-topic-overrides"));
        matcher = LuceneQuestionMatcher.build(
                catalog.all(), Path.of("kiosk-config/synonyms.txt"), "Please ask at the front desk.");
    }

    @BeforeEach
    void touchMode() {
        talk = conversation(false);
    }

    private static Conversation conversation(boolean handsFree) {
        return new Conversation(handsFree, "Hello Kiosk", QUESTIONS, id -> catalog.byId(id)
                .map(Topic::title)
                .orElseThrow());
    }

    private List<Effect> hear(String words) {
        return talk.heard(new Transcript(words), matcher::match);
    }

    private static String title(String id) {
        return catalog.byId(id).orElseThrow().title();
    }

    @Test
    void startsOffAndTalkStartsListeningWithAVisibleCue() {
        assertThat(talk.state()).isEqualTo(State.OFF);
        assertThat(talk.listening()).isFalse();
        assertThat(talk.talkPressed()).containsExactly(new Cue(), new Listen(QUESTIONS));
        assertThat(talk.state()).isEqualTo(State.LISTENING);
        assertThat(talk.listening()).isTrue();
    }

    @Test
    void partialWordsAreShownButAreNotYetActivity() {
        talk.talkPressed();
        // words coming in may be talk nearby: only words the kiosk understands keep it from resetting
        assertThat(talk.partial(new Transcript("tell me"))).containsExactly(new ShowHeard("tell me"));
        assertThat(talk.partial(Transcript.NOTHING)).isEmpty();
        assertThat(talk.partial(new Transcript("tell [unk] about"))).containsExactly(new ShowHeard("tell about"));
        assertThat(talk.state()).isEqualTo(State.LISTENING);
    }

    @Test
    void aTopicHeardOpensItIsCountedAndTheKioskListensAgainAfterReadingIt() {
        talk.talkPressed();
        assertThat(hear("tell me about hospice"))
                .containsExactly(
                        new Activity(),
                        new ShowHeard("tell me about hospice"),
                        new Count(VoiceOutcome.MATCHED_TOPIC),
                        new OpenTopic("hospice-care"));
        assertThat(talk.state()).isEqualTo(State.HEARD);
        // the topic is read aloud: the microphone is ignored, so the kiosk never hears itself
        assertThat(talk.settled(true)).containsExactly(new Ignore());
        assertThat(talk.state()).isEqualTo(State.SPEAKING);
        assertThat(talk.listening()).isFalse();
        assertThat(talk.partial(new Transcript("hospice care is"))).isEmpty();
        assertThat(hear("hospice care is for")).isEmpty();
        assertThat(talk.state()).isEqualTo(State.SPEAKING);
        // reading done: listen again for a follow-up
        assertThat(talk.speakingEnded()).containsExactly(new Listen(QUESTIONS));
        assertThat(talk.state()).isEqualTo(State.LISTENING);
    }

    @Test
    void theRecognizersOtherLikelyTranscriptsReachTheMatcherBestFirst() {
        // n-best as PocketSphinx gives it: the matcher weighs every transcript, the first the most
        List<List<String>> given = new java.util.ArrayList<>();
        talk.talkPressed();
        List<Effect> effects = talk.heard(
                new Transcript(
                        "tell me about hostess care", List.of("tell me about hospice care", "tell me about hospice")),
                heard -> {
                    given.add(heard);
                    return matcher.match(heard);
                });
        assertThat(given)
                .containsExactly(
                        List.of("tell me about hostess care", "tell me about hospice care", "tell me about hospice"));
        assertThat(effects).endsWith(new Count(VoiceOutcome.MATCHED_TOPIC), new OpenTopic("hospice-care"));
    }

    @Test
    void aCommandHeardRunsAndListeningGoesOnWhenNothingIsSaid() {
        talk.talkPressed();
        assertThat(hear("go back"))
                .containsExactly(
                        new Activity(),
                        new ShowHeard("go back"),
                        new Count(VoiceOutcome.MATCHED_COMMAND),
                        new RunCommand(Command.BACK));
        assertThat(talk.settled(false)).containsExactly(new Listen(QUESTIONS));
        assertThat(talk.state()).isEqualTo(State.LISTENING);
        assertThat(hear("louder please")).contains(new RunCommand(Command.LOUDER));
        talk.settled(false);
        assertThat(hear("bigger text")).contains(new RunCommand(Command.BIGGER_TEXT));
        talk.settled(false);
        assertThat(hear("read it again")).contains(new RunCommand(Command.REPEAT));
    }

    @Test
    void helpIsSaidAndShown() {
        talk.talkPressed();
        assertThat(hear("what can i say"))
                .containsSubsequence(new Count(VoiceOutcome.MATCHED_COMMAND), new Say(Replies.HELP));
        assertThat(talk.settled(true)).containsExactly(new Ignore());
        assertThat(talk.speakingEnded()).containsExactly(new Listen(QUESTIONS));
    }

    @Test
    void iNeedHelpOpensTheHelpCardLikeItsButtonAndListensAgainAfterItIsRead() {
        talk.talkPressed();
        assertThat(hear("i need help"))
                .containsExactly(
                        new Activity(),
                        new ShowHeard("i need help"),
                        new Count(VoiceOutcome.MATCHED_COMMAND),
                        new RunCommand(Command.NEED_HELP));
        assertThat(talk.settled(true)).containsExactly(new Ignore());
        assertThat(talk.speakingEnded()).containsExactly(new Listen(QUESTIONS));
        talk.settled(false);
        assertThat(hear("help me please")).contains(new RunCommand(Command.NEED_HELP));
        talk.settled(false);
        // "help" alone is how to use the kiosk, which names "I need help"
        assertThat(hear("help")).contains(new Say(Replies.HELP));
        assertThat(Replies.HELP).contains("say: I need help");
    }

    @Test
    void nothingHeardListensAgainQuietlyAndIsNotActivity() {
        talk.talkPressed();
        assertThat(talk.nothingHeard()).containsExactly(new Listen(QUESTIONS));
        assertThat(hear("")).containsExactly(new Listen(QUESTIONS));
        assertThat(hear("[unk] [unk]")).containsExactly(new Listen(QUESTIONS));
        assertThat(talk.state()).isEqualTo(State.LISTENING);
    }

    @Test
    void twoCloseTopicsAreOfferedAndAnsweredByVoice() {
        MatchResult offered = matcher.match("cancer");
        assertThat(offered).isInstanceOf(MatchResult.TopicChoice.class);
        MatchResult.TopicChoice choice = (MatchResult.TopicChoice) offered;
        String first = choice.first().id();
        String second = choice.second().id();

        talk.talkPressed();
        List<Effect> effects = hear("cancer");
        String question = "Did you mean 1, " + title(first) + ", or 2, " + title(second)
                + "? Say one or two, or tap your answer.";
        assertThat(effects).endsWith(new OfferChoice(first, title(first), second, title(second), question));
        assertThat(effects).noneMatch(Count.class::isInstance);
        assertThat(talk.state()).isEqualTo(State.CHOOSING);
        // the question is spoken with the microphone ignored, then the answer is listened for
        assertThat(talk.settled(true)).containsExactly(new Ignore());
        assertThat(talk.speakingEnded()).containsExactly(new Listen(QUESTIONS));
        assertThat(talk.state()).isEqualTo(State.CHOOSING);
        assertThat(hear("number two")).endsWith(new Count(VoiceOutcome.MATCHED_TOPIC), new OpenTopic(second));
        assertThat(talk.state()).isEqualTo(State.HEARD);

        // "one" or "yes" picks the first
        talk.settled(false);
        hear("cancer");
        talk.settled(false);
        assertThat(hear("yes")).endsWith(new OpenTopic(first));
    }

    @Test
    void aChoiceIsAnsweredByTouchOrByTheTopicsWords() {
        MatchResult.TopicChoice choice = (MatchResult.TopicChoice) matcher.match("cancer");
        talk.talkPressed();
        hear("cancer");
        assertThat(talk.choiceTouched(1))
                .containsExactly(
                        new Count(VoiceOutcome.MATCHED_TOPIC),
                        new OpenTopic(choice.first().id()));
        assertThat(talk.choiceTouched(2)).as("the choice is answered once").isEmpty();

        talk.settled(false);
        hear("cancer");
        String secondTitle = title(choice.second().id());
        assertThat(hear(secondTitle.toLowerCase(java.util.Locale.ROOT)))
                .endsWith(new OpenTopic(choice.second().id()));
    }

    @Test
    void noToAChoiceIsSaidKindlyAndCountedAsNotUnderstood() {
        talk.talkPressed();
        hear("cancer");
        assertThat(hear("no")).endsWith(new Count(VoiceOutcome.NOT_UNDERSTOOD), new Say(Replies.NO_CHOICE));
        assertThat(talk.choiceTouched(1)).isEmpty();
    }

    @Test
    void aCommandTheKioskIsNotSureOfIsAskedAboutFirstAndDoneOnYes() {
        Transcript unsure = new Transcript("sorry can you go bag please", List.of("sorry can you go back please"));
        String question = "Did you want me to go back? Say yes or no, or tap your answer.";
        talk.talkPressed();
        List<Effect> effects = talk.heard(unsure, matcher::match);
        assertThat(effects).endsWith(new AskFirst(Command.BACK, "Yes, go back", question));
        assertThat(effects).noneMatch(e -> e instanceof RunCommand || e instanceof Count);
        assertThat(talk.state()).isEqualTo(State.CHOOSING);
        // the question is spoken with the microphone ignored, then the answer is listened for
        assertThat(talk.settled(true)).containsExactly(new Ignore());
        assertThat(talk.speakingEnded()).containsExactly(new Listen(QUESTIONS));
        assertThat(hear("yes please")).endsWith(new Count(VoiceOutcome.MATCHED_COMMAND), new RunCommand(Command.BACK));
        assertThat(talk.state()).isEqualTo(State.HEARD);

        // the command said again is a yes too
        talk.settled(false);
        talk.heard(unsure, matcher::match);
        assertThat(hear("go back")).endsWith(new RunCommand(Command.BACK));
    }

    @Test
    void aCommandAskedAboutIsLeftUndoneOnNoAndAnsweredByTouch() {
        Transcript unsure = new Transcript("sorry can you go bag please", List.of("sorry can you go back please"));
        talk.talkPressed();
        talk.heard(unsure, matcher::match);
        assertThat(hear("no"))
                .containsExactly(
                        new Activity(),
                        new ShowHeard("no"),
                        new Count(VoiceOutcome.NOT_UNDERSTOOD),
                        new Say(Replies.NO_COMMAND));
        assertThat(talk.choiceTouched(1)).as("the question is answered once").isEmpty();

        talk.settled(false);
        talk.heard(unsure, matcher::match);
        assertThat(talk.choiceTouched(1))
                .containsExactly(new Count(VoiceOutcome.MATCHED_COMMAND), new RunCommand(Command.BACK));
        talk.settled(false);
        talk.heard(unsure, matcher::match);
        assertThat(talk.choiceTouched(2))
                .containsExactly(new Count(VoiceOutcome.NOT_UNDERSTOOD), new Say(Replies.NO_COMMAND));

        // a new question instead of an answer leaves the command undone and is answered itself
        talk.settled(false);
        talk.heard(unsure, matcher::match);
        assertThat(hear("what is hospice care")).endsWith(new OpenTopic("hospice-care"));
        assertThat(talk.choiceTouched(1)).isEmpty();
    }

    @Test
    void aCallForAPersonIsNeverAskedAbout() {
        talk.talkPressed();
        assertThat(talk.heard(new MatchResult.CommandMatch(Command.NEED_HELP, 1.0)))
                .endsWith(new RunCommand(Command.NEED_HELP));
        assertThat(CommandCheck.what(Command.NEED_HELP)).isNotBlank();
    }

    @Test
    void notUnderstoodIsSaidWithThreeQuestionsThenListeningGoesOn() {
        talk.talkPressed();
        List<Effect> effects = hear("purple elephant xylophone");
        assertThat(effects).contains(new Count(VoiceOutcome.NOT_UNDERSTOOD));
        SayNotUnderstood reply = (SayNotUnderstood) effects.getLast();
        assertThat(reply.reply()).startsWith("Sorry, I did not understand that.");
        assertThat(reply.suggestions()).hasSize(3).doesNotHaveDuplicates();
        assertThat(reply.spoken())
                .startsWith(reply.reply())
                .contains(reply.suggestions().getFirst());
        assertThat(talk.state()).isEqualTo(State.NOT_UNDERSTOOD);
        assertThat(talk.settled(true)).containsExactly(new Ignore());
        assertThat(talk.speakingEnded()).containsExactly(new Listen(QUESTIONS));
        assertThat(talk.state()).isEqualTo(State.LISTENING);
        // a suggestion tapped is asked like a spoken question, and leads to a topic (or a choice of two)
        for (String suggestion : reply.suggestions()) {
            assertThat(talk.heard(matcher.match(suggestion)))
                    .as(suggestion)
                    .anyMatch(e -> e instanceof OpenTopic || e instanceof OfferChoice)
                    .doesNotContain(new Count(VoiceOutcome.NOT_UNDERSTOOD));
        }
    }

    @Test
    void wordsNotUnderstoodAreNotActivityAndThreeInARowStopTheListening() {
        talk.talkPressed();
        List<Effect> first = hear("purple elephant xylophone");
        assertThat(first).doesNotContain(new Activity());
        talk.settled(true);
        talk.speakingEnded();
        // an understood question in between starts the count again
        assertThat(hear("tell me about hospice")).contains(new Activity());
        talk.settled(false);
        hear("purple elephant xylophone");
        talk.settled(true);
        talk.speakingEnded();
        List<Effect> second = hear("seven green umbrellas");
        assertThat(second).doesNotContain(new Close());
        talk.settled(true);
        talk.speakingEnded();
        assertThat(talk.state()).isEqualTo(State.LISTENING);

        List<Effect> third = hear("the zebra ate my marmalade");
        assertThat(third).contains(new Count(VoiceOutcome.NOT_UNDERSTOOD), new Close());
        SayNotUnderstood reply = (SayNotUnderstood) third.getLast();
        assertThat(reply.reply()).endsWith("I will stop listening for now. Press Talk to ask me again.");
        assertThat(reply.suggestions()).hasSize(3);
        assertThat(talk.state()).isEqualTo(State.MUTED);
        // saying the reply and its end do not open the microphone again; Talk does
        assertThat(talk.settled(true)).isEmpty();
        assertThat(talk.speakingEnded()).isEmpty();
        assertThat(talk.nothingHeard()).isEmpty();
        assertThat(talk.talkPressed()).containsExactly(new Cue(), new Listen(QUESTIONS));
    }

    @Test
    void talkWhileListeningMutesAndTheMicrophoneIsNotUsedUntilTalkAgain() {
        talk.talkPressed();
        assertThat(talk.talkPressed()).containsExactly(new Close());
        assertThat(talk.state()).isEqualTo(State.MUTED);
        assertThat(talk.partial(new Transcript("hello"))).isEmpty();
        assertThat(hear("tell me about hospice")).isEmpty();
        assertThat(talk.nothingHeard()).isEmpty();
        assertThat(talk.speakingStarted()).as("reading by touch while muted").isEmpty();
        assertThat(talk.speakingEnded()).isEmpty();
        assertThat(talk.settled(false)).isEmpty();
        assertThat(talk.state()).isEqualTo(State.MUTED);
        assertThat(talk.talkPressed()).containsExactly(new Cue(), new Listen(QUESTIONS));
    }

    @Test
    void talkWhileTheKioskSpeaksStopsItAndListens() {
        talk.talkPressed();
        hear("tell me about hospice");
        talk.settled(true);
        assertThat(talk.talkPressed()).containsExactly(new StopSpeaking(), new Cue(), new Listen(QUESTIONS));
        assertThat(talk.state()).isEqualTo(State.LISTENING);
        assertThat(talk.speakingEnded())
                .as("the stop's own end changes nothing")
                .isEmpty();
    }

    @Test
    void readingByTouchWithoutAConversationLeavesTheMicrophoneAlone() {
        assertThat(talk.speakingStarted()).isEmpty();
        assertThat(talk.speakingEnded()).isEmpty();
        assertThat(talk.state()).isEqualTo(State.OFF);
    }

    @Test
    void idleResetClosesTheMicrophoneAndForgetsTheChoice() {
        talk.talkPressed();
        hear("cancer");
        assertThat(talk.idleReset()).containsExactly(new Close());
        assertThat(talk.state()).isEqualTo(State.OFF);
        assertThat(talk.choiceTouched(1)).isEmpty();
    }

    @Test
    void theScreenChangingDoesNothingInTouchMode() {
        assertThat(talk.screenShown(true)).isEmpty();
        assertThat(talk.state()).isEqualTo(State.OFF);
    }

    @Test
    void handsFreeWaitsForTheWakePhraseOnTheWelcomeScreens() {
        talk = conversation(true);
        Vocabulary wake = new Vocabulary(List.of("hello kiosk", Transcript.UNKNOWN));
        assertThat(talk.wakeGrammar()).isEqualTo(wake);
        assertThat(talk.screenShown(true)).containsExactly(new Listen(wake));
        assertThat(talk.state()).isEqualTo(State.WAITING_FOR_WAKE);
        assertThat(talk.partial(new Transcript("hello")))
                .as("no words shown before the wake phrase")
                .isEmpty();
        assertThat(hear("[unk]")).containsExactly(new Listen(wake));
        assertThat(hear("hello")).containsExactly(new Listen(wake));
        assertThat(talk.nothingHeard()).containsExactly(new Listen(wake));
        assertThat(talk.state()).isEqualTo(State.WAITING_FOR_WAKE);
        assertThat(hear("[unk] hello kiosk")).containsExactly(new Activity(), new Cue(), new Listen(QUESTIONS));
        assertThat(talk.state()).isEqualTo(State.LISTENING);
        // the conversation goes on across screens
        assertThat(talk.screenShown(false)).isEmpty();
        assertThat(talk.state()).isEqualTo(State.LISTENING);
        // after the reset, the welcome screen waits for the wake phrase again
        assertThat(talk.idleReset()).containsExactly(new Close(), new Listen(wake));
        assertThat(talk.state()).isEqualTo(State.WAITING_FOR_WAKE);
    }

    @Test
    void handsFreeStopsWaitingWhenTheRecognizerCannotHearTheWakePhrase() {
        // the model loads after the first screen: only then is it known that it lacks a wake word
        AtomicBoolean canWake = new AtomicBoolean(true);
        talk = new Conversation(canWake::get, false, "hello kiosk", QUESTIONS, id -> id);
        assertThat(talk.screenShown(true)).containsExactly(new Listen(talk.wakeGrammar()));
        canWake.set(false);
        assertThat(talk.screenShown(true)).containsExactly(new Close());
        assertThat(talk.state()).isEqualTo(State.OFF);
        assertThat(talk.idleReset()).containsExactly(new Close());
        assertThat(talk.state()).isEqualTo(State.OFF);
        assertThat(talk.talkPressed()).containsExactly(new Cue(), new Listen(QUESTIONS));
    }

    @Test
    void handsFreeLeavingTheWelcomeScreensByTouchReleasesTheMicrophone() {
        talk = conversation(true);
        talk.screenShown(true);
        assertThat(talk.screenShown(false)).containsExactly(new Close());
        assertThat(talk.state()).isEqualTo(State.OFF);
        assertThat(talk.screenShown(true)).containsExactly(new Listen(talk.wakeGrammar()));
        // reading the welcome screen aloud: ignored while it speaks, then the wake phrase again
        assertThat(talk.speakingStarted()).containsExactly(new Ignore());
        assertThat(talk.speakingEnded()).containsExactly(new Listen(talk.wakeGrammar()));
        assertThat(talk.state()).isEqualTo(State.WAITING_FOR_WAKE);
        // Talk works in hands-free mode too
        assertThat(talk.talkPressed()).containsExactly(new Cue(), new Listen(QUESTIONS));
    }

    @Test
    void noMicrophoneTurnsTheConversationOff() {
        talk.talkPressed();
        assertThat(talk.microphoneUnavailable()).isEmpty();
        assertThat(talk.state()).isEqualTo(State.OFF);
        assertThat(talk.nothingHeard()).isEmpty();
    }

    @Test
    void whatTheKioskSaysIsPlainAndKind() {
        talk.talkPressed();
        OfferChoice choice = (OfferChoice) hear("cancer").getLast();
        for (String text : List.of(Replies.HELP, Replies.NO_CHOICE, choice.question())) {
            assertThat(org.clinic.kiosk.topic.Readability.grade(List.of(text)))
                    .as(text)
                    .isLessThanOrEqualTo(6.0);
        }
    }

    @Test
    void withBargeInTheKioskListensOnlyForStopWhileItSpeaks() {
        talk = new Conversation(false, true, "hello kiosk", QUESTIONS, id -> catalog.byId(id)
                .map(Topic::title)
                .orElseThrow());
        Vocabulary stop = new Vocabulary(List.of("stop", Transcript.UNKNOWN));
        assertThat(talk.stopGrammar()).isEqualTo(stop);
        talk.talkPressed();
        hear("tell me about hospice");
        assertThat(talk.settled(true)).containsExactly(new Listen(stop));
        assertThat(talk.state()).isEqualTo(State.SPEAKING);
        assertThat(talk.partial(new Transcript("hospice"))).isEmpty();
        assertThat(hear("[unk]")).containsExactly(new Listen(stop));
        assertThat(talk.nothingHeard()).containsExactly(new Listen(stop));
        assertThat(hear("stop"))
                .containsExactly(new Activity(), new Count(VoiceOutcome.MATCHED_COMMAND), new StopSpeaking());
        // the reading stops, and the kiosk listens for the next question
        assertThat(talk.speakingEnded()).containsExactly(new Listen(QUESTIONS));
        assertThat(talk.state()).isEqualTo(State.LISTENING);
    }
}
