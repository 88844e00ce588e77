package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.voice.match.MatchResult.CommandMatch;
import org.clinic.kiosk.voice.match.MatchResult.NotUnderstood;
import org.clinic.kiosk.voice.match.MatchResult.TopicChoice;
import org.clinic.kiosk.voice.match.MatchResult.TopicMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LuceneQuestionMatcherTest {

    private static List<Topic> topics;
    private static LuceneQuestionMatcher matcher;

    @BeforeAll
    static void build() {
        topics = TopicCatalog.load(Path.of("target/no-topic-overrides")).all();
        matcher = LuceneQuestionMatcher.build(
                topics, Path.of("kiosk-config/synonyms.txt"), "Please ask at the front desk.");
    }

    private static String topicOf(String question) {
        return MatcherEvaluationTest.label(matcher.match(question));
    }

    @Test
    void aPlainQuestionFindsItsTopicWithConfidenceAndAlternatives() {
        MatchResult result = matcher.match("Can they still treat it?");
        assertThat(result).isInstanceOf(TopicMatch.class);
        TopicMatch topic = (TopicMatch) result;
        assertThat(topic.topicId()).isEqualTo("treatment-options");
        assertThat(topic.confidence()).isBetween(WordsAndMeaning.SURE, 1.0);
        assertThat(topic.alternatives())
                .hasSizeLessThanOrEqualTo(3)
                .allSatisfy(
                        a -> assertThat(a.confidence()).isBetween(MatchDecision.LEAST_ALTERNATIVE, topic.confidence()))
                .noneMatch(a -> a.id().equals("treatment-options"));
        MatchResult clear = matcher.match("What is hospice care?");
        assertThat(clear).isInstanceOf(TopicMatch.class);
        assertThat(((TopicMatch) clear).topicId()).isEqualTo("hospice-care");
        assertThat(clear.confidence()).isGreaterThan(0.9);
        assertThat(clear.alternatives())
                .as("nothing else comes close enough to offer")
                .isEmpty();
    }

    @Test
    void plainWaysOfAskingForACommandAreThatCommand() {
        assertThat(topicOf("could you read that to my mum please")).isEqualTo("command:read");
        assertThat(topicOf("hold it")).isEqualTo("command:pause");
        assertThat(topicOf("no ta")).isEqualTo("command:no");
        assertThat(topicOf("back a page love")).isEqualTo("command:back");
        assertThat(topicOf("can you hold my hand")).doesNotStartWith("command:");
        assertThat(topicOf("say what's on the screen")).isEqualTo("command:read");
    }

    @Test
    void alrightThereIsAHelloNotAYes() {
        assertThat(topicOf("all right")).isEqualTo("command:yes");
        assertThat(topicOf("alright there")).doesNotStartWith("command:");
        assertThat(topicOf("all right there love")).doesNotStartWith("command:");
    }

    @Test
    void aCommandsWordSaidAsDoingIsNoCommand() {
        assertThat(topicOf("speak up")).isEqualTo("command:louder");
        assertThat(topicOf("speaking up")).doesNotStartWith("command:");
        assertThat(topicOf("keep going")).isEqualTo("command:resume");
        assertThat(topicOf("carrying on is worth it with the side effects")).isEqualTo("making-treatment-decisions");
    }

    @Test
    void layWordsFromTheSynonymFileReachTheTopicsWords() {
        assertThat(topicOf("what is a living will")).isEqualTo("advance-care-planning");
        assertThat(topicOf("can i join a research study")).isEqualTo("clinical-trials");
        assertThat(topicOf("what does metastatic mean")).isEqualTo("types-of-recurrence");
        MatchExplanation why = matcher.explain("my cancer returned");
        assertThat(why.rewrites())
                .anySatisfy(r -> assertThat(r).contains("\"returned\"").contains("recurrence"));
    }

    @Test
    void recognizerNoiseGivesTheSameAnswerAsTheCleanQuestion() {
        String clean = topicOf("I can't sleep at night, who can help?");
        assertThat(clean).isEqualTo("when-to-ask-for-help");
        assertThat(topicOf("um i cant sleep at night who can help")).isEqualTo(clean);
        assertThat(topicOf("uh i can not sleep at night who can help")).isEqualTo(clean);
        assertThat(topicOf("i can not sleep night who can help")).isEqualTo(clean); // a dropped short word
        assertThat(topicOf("can they help with the pane")).isEqualTo(topicOf("can they help with the pain"));
        assertThat(matcher.explain("were some sells left behind").rewrites())
                .anySatisfy(r -> assertThat(r).contains("\"sells\" heard as \"cells\""));
    }

    @Test
    void commandsAreUnderstoodInManyPhrasings() {
        assertCommand(Command.HOME, "home", "start over", "take me back to the start please", "main menu");
        assertCommand(Command.BACK, "go back", "back please", "previous page");
        assertCommand(Command.READ, "read it to me", "could you read this out loud please");
        assertCommand(Command.STOP, "stop", "stop talking", "that's enough");
        assertCommand(Command.PAUSE, "pause", "pause it please", "hold on a minute", "wait");
        assertCommand(Command.RESUME, "carry on", "continue please", "resume", "keep reading");
        assertCommand(Command.REPEAT, "say that again", "pardon", "um can you repeat that");
        assertCommand(Command.SLOWER, "slow down", "you're talking too fast");
        assertCommand(Command.FASTER, "faster please", "speed up a bit");
        assertCommand(Command.LOUDER, "I can't hear you", "speak up", "i cant here you");
        assertCommand(Command.QUIETER, "too loud", "turn it down a little");
        assertCommand(Command.BIGGER_TEXT, "make the writing bigger", "I can't see the words");
        assertCommand(Command.SMALLER_TEXT, "smaller text please", "the writing is too big");
        assertCommand(Command.HELP, "help", "what can I say");
        assertCommand(Command.NEED_HELP, "I need help", "help me please", "get me someone", "I feel unwell");
        assertCommand(Command.ONE, "the first one", "number one", "one");
        assertCommand(Command.TWO, "the second one", "two");
        assertCommand(Command.YES, "yes please", "yeah");
        assertCommand(Command.NO, "no thanks", "nope");
    }

    private static void assertCommand(Command command, String... phrasings) {
        for (String phrasing : phrasings) {
            assertThat(matcher.match(phrasing)).as(phrasing).isEqualTo(new CommandMatch(command, 1.0));
        }
    }

    @Test
    void aCommandInsideASentenceIsTheAnswerUnlessTheSentenceSurelyAsksATopic() {
        assertThat(matcher.match("Could you make it quieter please, people are staring"))
                .isEqualTo(new CommandMatch(Command.QUIETER, 1.0));
        assertThat(matcher.match("hang on, pause a sec, my phone's ringing"))
                .isEqualTo(new CommandMatch(Command.PAUSE, 1.0));
        assertThat(topicOf("my mother's torn about carrying on with chemo, how do we help her choose"))
                .isEqualTo("making-treatment-decisions");
        // said inside talk the kiosk declines, it is no command
        assertThat(matcher.match("go on, tell us a joke")).isNotInstanceOf(CommandMatch.class);
        // "not on" is not "not one" (no)
        assertThat(matcher.match("I'm not on any treatment now, is that bad")).isNotInstanceOf(CommandMatch.class);
    }

    @Test
    void aCommandAskedForWithAReasonFirstIsFoundByMeaningAndWordsTogether() {
        assertThat(matcher.match("that's not what I wanted, take me back a page"))
                .isEqualTo(new CommandMatch(Command.BACK, 1.0));
        assertThat(matcher.match("I left my glasses in the car, can you make it big"))
                .isEqualTo(new CommandMatch(Command.BIGGER_TEXT, 1.0));
        assertThat(matcher.explain("that's not what I wanted, take me back a page")
                        .reason())
                .contains("by meaning");
        // near a command in meaning, but it says none of the command's words: no command
        assertThat(matcher.match("I've left my glasses in the car")).isNotInstanceOf(CommandMatch.class);
        // a topic sure by its words stays the topic, though it says "reads"
        assertThat(topicOf("my husband reads everything online and scares himself"))
                .isEqualTo("trusted-information");
    }

    @Test
    void pauseKeepsItsOwnCommandRatherThanStop() {
        assertThat(matcher.match("pause")).isEqualTo(new CommandMatch(Command.PAUSE, 1.0));
        assertThat(topicOf("I'm so tired of treatment, should I carry on?")).isEqualTo("making-treatment-decisions");
    }

    @Test
    void aVeryLongQuestionStillGetsAnAnswerFromItsFirstWords() {
        // every word the topics use, over and over: far more distinct terms than one search may hold
        List<String> vocabulary = topics.stream()
                .flatMap(t -> t.bodyUnits().stream())
                .flatMap(unit -> SpokenText.words(unit).stream())
                .distinct()
                .toList();
        assertThat(vocabulary).hasSizeGreaterThan(600);
        StringBuilder question = new StringBuilder("what is hospice care");
        for (int i = 0; i < 2_000; i++) {
            question.append(' ').append(vocabulary.get(i % vocabulary.size()));
        }
        MatchExplanation why = matcher.explain(question.toString());
        assertThat(why.result()).isEqualTo(matcher.match(question.toString()));
        assertThat(why.heard().split(" ")).hasSize(QuestionAnalyser.MAX_WORDS);
        assertThat(why.heard()).startsWith("what is hospice care ");
        assertThat(why.searchTerms()).hasSizeLessThanOrEqualTo(QuestionAnalyser.MAX_TERMS);
    }

    @Test
    void aQuestionThatContainsACommandWordIsStillAQuestion() {
        assertThat(topicOf("can I stop chemo")).isEqualTo("making-treatment-decisions");
        assertThat(topicOf("will it come back")).doesNotStartWith("command:");
        assertThat(topicOf("can you read my scan results")).doesNotStartWith("command:");
    }

    @Test
    void somethingOnlyTheFrontDeskKnowsIsSentThereKindly() {
        for (String question : List.of("where do I park", "where are the toilets", "is it going to rain")) {
            MatchResult result = matcher.match(question);
            assertThat(result).as(question).isInstanceOf(NotUnderstood.class);
            NotUnderstood none = (NotUnderstood) result;
            assertThat(none.forFrontDesk()).as(question).isTrue();
            assertThat(none.reply()).isEqualTo("I cannot help with that here. Please ask at the front desk.");
            assertThat(none.suggestions()).hasSize(3).doesNotHaveDuplicates();
            assertThat(none.confidence()).isZero();
            assertThat(none.alternatives()).allSatisfy(a -> assertThat(a.confidence())
                    .isGreaterThanOrEqualTo(MatchDecision.LEAST_ALTERNATIVE));
        }
    }

    @Test
    void nonsenseIsNotUnderstoodAndThreeQuestionsAreSuggested() {
        for (String question : List.of("", "   ", "?!", "um uh", "purple elephant xylophone")) {
            MatchResult result = matcher.match(question);
            assertThat(result).as(question).isInstanceOf(NotUnderstood.class);
            NotUnderstood none = (NotUnderstood) result;
            assertThat(none.forFrontDesk()).isFalse();
            assertThat(none.reply()).startsWith("Sorry, I did not understand that.");
            assertThat(none.suggestions()).hasSize(3).doesNotHaveDuplicates().allSatisfy(s -> assertThat(
                            topics.stream().flatMap(t -> t.questions().stream()))
                    .contains(s));
        }
    }

    @Test
    void twoCloseTopicsBecomeAChoiceBetweenTheBestTwo() {
        MatchResult result = matcher.match("cancer");
        assertThat(result).isInstanceOf(TopicChoice.class);
        TopicChoice choice = (TopicChoice) result;
        assertThat(choice.first().id()).isNotEqualTo(choice.second().id());
        assertThat(choice.first().confidence())
                .isLessThan(WordsAndMeaning.SURE)
                .isGreaterThanOrEqualTo(choice.second().confidence());
        assertThat(choice.second().confidence()).isGreaterThanOrEqualTo(WordsAndMeaning.SECOND);
        assertThat(matcher.explain("cancer").reason()).startsWith("a choice of two by words and meaning together: ");

        LuceneQuestionMatcher wordsOnly = LuceneQuestionMatcher.build(
                topics, Path.of("kiosk-config/synonyms.txt"), "Please ask at the front desk.", false);
        TopicChoice searched = (TopicChoice) wordsOnly.match("chemo again");
        assertThat(searched.first().confidence())
                .isBetween(MatchDecision.UNSURE, MatchDecision.SURE)
                .isGreaterThanOrEqualTo(searched.second().confidence());
    }

    @Test
    void explainShowsWhatWasHeardSearchedAndWhereItMatched() {
        MatchExplanation why = matcher.explain("Um, what's palliative care?");
        assertThat(why.result()).isEqualTo(matcher.match("Um, what's palliative care?"));
        assertThat(why.heard()).isEqualTo("what is palliative care");
        assertThat(why.searchTerms()).contains("palli", "care");
        MatchExplanation.Candidate best = why.candidates().getFirst();
        assertThat(best.id()).isEqualTo("palliative-care");
        assertThat(best.coverage()).isEqualTo(1.0);
        assertThat(best.matches()).contains("title: palli, care").anySatisfy(m -> assertThat(m)
                .startsWith("closest example question: \"what is palliative care\""));
        assertThat(why.candidates())
                .extracting(MatchExplanation.Candidate::score)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void explainOfACommandNamesTheCommand() {
        MatchExplanation why = matcher.explain("Louder please!");
        assertThat(why.result()).isEqualTo(new CommandMatch(Command.LOUDER, 1.0));
        assertThat(why.candidates()).isEmpty();
    }

    @Test
    void withoutTheClinicsSynonymFileTheBuiltInLayWordsStillWork() {
        LuceneQuestionMatcher builtInOnly = LuceneQuestionMatcher.build(
                topics, Path.of("target/no-such-synonyms.txt"), "Please ask at the front desk.");
        assertThat(builtInOnly.problems()).isEmpty();
        assertThat(MatcherEvaluationTest.label(builtInOnly.match("what is palliative care")))
                .isEqualTo("palliative-care");
        assertThat(MatcherEvaluationTest.label(builtInOnly.match("what is a living will")))
                .isEqualTo("advance-care-planning");
        assertThat(builtInOnly.explain("my cancer returned").rewrites())
                .anySatisfy(r -> assertThat(r).contains("\"returned\"").contains("recurrence"));
    }

    @Test
    void aWordNoTopicUsesIsTriedByItsSoundAndTheExplanationSaysSo() {
        assertThat(topicOf("what is the palliate care")).isEqualTo("palliative-care");
        MatchExplanation why = matcher.explain("what is the palliate care");
        assertThat(why.soundAlikes()).containsExactly("\"palliate\" sounds like \"palliative\"");
        assertThat(why.reason()).startsWith("accepted by words and meaning together: palliative-care ");
    }

    @Test
    void wordSaladAndThingsNoOneHereCoversAreDeclinedWithTheReason() {
        for (String question : List.of(
                "seven green umbrellas", "who won the game last night", "what is your name", "play some music")) {
            MatchResult result = matcher.match(question);
            assertThat(result).as(question).isInstanceOf(NotUnderstood.class);
            assertThat(((NotUnderstood) result).forFrontDesk()).as(question).isFalse();
            assertThat(matcher.explain(question).reason())
                    .as(question)
                    .matches(
                            question.startsWith("seven")
                                    ? "declined: heard as noise: .*"
                                    : "declined by words and meaning together: .*not for this kiosk (0\\.[5-9]|1\\.0).*");
        }
    }

    @Test
    void aGarbledTranscriptNearATopicByOneWordOpensNothing() {
        // PocketSphinx's hearing of two people talking at once near the kiosk
        String garbled = "my liver is there i am in my again suit you later";
        assertThat(matcher.match(garbled)).isInstanceOf(NotUnderstood.class);
        assertThat(matcher.explain(garbled).reason())
                .startsWith("declined, the words covering little and no sentence of types-of-recurrence being near");
        assertThat(topicOf("if it comes back in my liver is that still my breast cancer"))
                .isEqualTo("types-of-recurrence");
    }

    @Test
    void aCommandMayBeSeveralOfItsPhrasesButNothingElse() {
        assertCommand(Command.STOP, "that's enough, stop now");
        assertCommand(Command.BACK, "go back, damn it");
        assertCommand(Command.TWO, "the other one, the second");
        assertThat(topicOf("stop the chemo and go home")).doesNotStartWith("command:");
        assertThat(topicOf("can I stop chemo")).isEqualTo("making-treatment-decisions");
    }

    @Test
    void theRecognizersAlternativesAreMatchedTogether() {
        MatchExplanation why =
                matcher.explain(List.of("what is hot spice care", "what is hospice care", "what is hospice air"));
        assertThat(why.alternatives()).hasSize(3);
        assertThat(MatcherEvaluationTest.label(why.result())).isEqualTo("hospice-care");
        assertThat(why.reason()).contains("(over 3 alternatives heard)");
        assertThat(matcher.match(List.of("go back", "go black", "go back please")))
                .isEqualTo(new CommandMatch(Command.BACK, 1.0));
        assertThat(matcher.match(List.of("what is hospice care", "go back")))
                .as("a command heard only in a minority of the alternatives is not obeyed")
                .isNotInstanceOf(CommandMatch.class);
        assertThat(matcher.match(List.of())).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void aCommandHeardOnlyInALaterAlternativeIsAskedAboutFirst() {
        MatchResult unsure = matcher.match(List.of("sorry can you go bag please", "sorry can you go back please"));
        assertThat(unsure).isEqualTo(new CommandMatch(Command.BACK, SentenceCommand.ASK_FIRST));
        assertThat(((CommandMatch) unsure).askFirst()).isTrue();
        assertThat(matcher.explain(List.of("sorry can you go bag please", "sorry can you go back please"))
                        .reason())
                .contains("as the recognizer's alternative 2 heard it", "so the kiosk asks first");
        // heard best, it is done at once
        MatchResult sure = matcher.match(List.of("sorry can you go back please", "sorry can you go bag please"));
        assertThat(sure).isEqualTo(new CommandMatch(Command.BACK, 1.0));
        assertThat(((CommandMatch) sure).askFirst()).isFalse();
        // a call for a person is never asked about, even heard only in a later alternative
        assertThat(matcher.match(
                        List.of("sorry can you get me some bun please", "sorry can you get me someone please")))
                .isEqualTo(new CommandMatch(Command.NEED_HELP, 1.0));
        // an answer is never asked about (a yes with no question on screen does nothing)
        assertThat(matcher.match(List.of("all right there", "all right fair")))
                .isEqualTo(new CommandMatch(Command.YES, 1.0));
    }

    @Test
    void aQuestionThatSharesNoWordWithItsTopicIsFoundByItsMeaning() {
        LuceneQuestionMatcher wordsOnly = LuceneQuestionMatcher.build(
                topics, Path.of("kiosk-config/synonyms.txt"), "Please ask at the front desk.", false);
        assertThat(wordsOnly.paraphrasesOn()).isFalse();
        assertThat(wordsOnly.match("what do I say to the grandkids")).isInstanceOf(NotUnderstood.class);
        assertThat(wordsOnly.match("how do I handle being so afraid")).isInstanceOf(NotUnderstood.class);
        assertThat(wordsOnly.explain("how do I handle being so afraid").paraphrases())
                .isEmpty();

        assertThat(matcher.paraphrasesOn()).isTrue();
        assertThat(topicOf("what do I say to the grandkids")).isEqualTo("family-and-friends");
        MatchExplanation why = matcher.explain("how do I handle being so afraid");
        assertThat(MatcherEvaluationTest.label(why.result())).isEqualTo("feelings-after-recurrence");
        assertThat(why.paraphrases()).hasSize(3);
        assertThat(why.paraphrases().getFirst().id()).isEqualTo("feelings-after-recurrence");
        assertThat(why.paraphrases().getFirst().cosine())
                .isGreaterThan(why.paraphrases().get(1).cosine());
        assertThat(why.reason())
                .startsWith("accepted by words and meaning together: feelings-after-recurrence ")
                .contains("the search alone: declined")
                .contains(
                        "closest in meaning: \"" + why.paraphrases().getFirst().closest() + "\"");
    }

    @Test
    void theParaphraseVoteNeverMakesACommandNorOpensWhatNoOneHereCovers() {
        for (String question : List.of(
                "what is your name", "who won the game last night", "tell me a joke please", "sing me something")) {
            MatchExplanation why = matcher.explain(question);
            assertThat(why.result()).as(question).isInstanceOf(NotUnderstood.class);
            assertThat(why.paraphrases().getFirst().id()).as(question).isEqualTo(TopicIndex.OFF_TOPIC);
        }
        // the vote has no say on a command, nor on what sounds like noise
        MatchExplanation command = matcher.explain("go back");
        assertThat(command.result()).isEqualTo(new CommandMatch(Command.BACK, 1.0));
        assertThat(command.paraphrases()).isEmpty();
        assertThat(matcher.explain("why").paraphrases()).isEmpty();
        assertThat(matcher.match("why")).isInstanceOf(NotUnderstood.class);
    }
}
