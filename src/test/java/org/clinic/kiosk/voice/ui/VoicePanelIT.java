package org.clinic.kiosk.voice.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.KioskBrowserlessTest;
import org.clinic.kiosk.shell.KioskSettings;
import org.clinic.kiosk.shell.ReadAloud;
import org.clinic.kiosk.shell.SpeechScript;
import org.clinic.kiosk.shell.WelcomeView;
import org.clinic.kiosk.speech.ui.ReadAloudPanel;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.topic.ui.HomeView;
import org.clinic.kiosk.usage.StoredEvents;
import org.clinic.kiosk.usage.UsageLog;
import org.clinic.kiosk.voice.conversation.Conversation;
import org.clinic.kiosk.voice.match.MatchResult;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizer;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizerConfiguration;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Talking to the real app with a scripted recognizer at the boundary: this test plays the
 * microphone's side (what it heard, its state) and checks what the patient sees, hears and what
 * the usage log stores.
 */
@Import(ScriptedRecognizerConfiguration.class)
class VoicePanelIT extends KioskBrowserlessTest {

    @Autowired
    private ScriptedRecognizer recognizer;

    @Autowired
    private UsageLog usageLog;

    @Autowired
    private KioskSettings settings;

    @Autowired
    private TopicCatalog catalog;

    @Autowired
    private QuestionMatcher matcher;

    private long before;

    @BeforeEach
    void welcome() throws Exception {
        recognizer.reset();
        navigate(WelcomeView.class);
        before = lastEventId();
    }

    @AfterEach
    void readyAgain() {
        recognizer.reset();
    }

    private Microphone microphone() {
        return $(Microphone.class).single();
    }

    private VoicePanel panel() {
        return $(VoicePanel.class).single();
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    private String indicator() {
        // the words, without the shape in front of them
        return $(Span.class)
                .id("mic-indicator")
                .getElement()
                .getTextRecursively()
                .substring(1);
    }

    private void hear(String words) {
        microphone().deliverHeard(new Transcript(words));
    }

    private boolean idleWarningShown() {
        return $(Div.class).withId("idle-warning").exists();
    }

    private String title(String topicId) {
        return catalog.byId(topicId).orElseThrow().title();
    }

    private boolean reading() {
        return "true".equals(button("read-aloud").getElement().getAttribute("aria-pressed"));
    }

    private boolean helpCardShown() {
        return $(Div.class).withId("help-card").exists();
    }

    private long lastEventId() throws Exception {
        return new StoredEvents(usageLog, settings.dataDir()).lastId();
    }

    /** The events stored since the test began, as "kind detail topic". */
    private List<String> storedEvents() throws Exception {
        return new StoredEvents(usageLog, settings.dataDir()).after(before);
    }

    @Test
    void talkIsShownWhenVoiceIsReadyAndHiddenWhenNot() {
        assertTrue(buttonShown("talk"));
        assertEquals("Talk", button("talk").getText());
        assertEquals(MicIndicator.OFF, indicator());

        recognizer.setStatus(RecognizerStatus.off("No speech model."));
        navigate(HomeView.class);
        assertFalse(buttonShown("talk"), "no Talk button without a recognizer");
        assertFalse($(VoicePanel.class).exists(), "nor anything else of voice input");

        recognizer.setStatus(RecognizerStatus.ready("scripted", "ready"));
        navigate(WelcomeView.class);
        assertTrue(buttonShown("talk"));
    }

    @Test
    void aSpokenTopicIsOpenedReadAloudAndCountedAsReachedByVoice() throws Exception {
        tap("talk");
        assertEquals("Stop listening", button("talk").getText(), "the label says what a press will do");
        assertEquals(AnswerArea.CUE, text("voice-result"));
        assertEquals(Conversation.State.LISTENING, panel().state());
        microphone().deliverState(Microphone.State.LISTENING);
        assertEquals(MicIndicator.LISTENING, indicator());

        microphone().deliverPartial(new Transcript("tell me"));
        assertEquals("I heard: tell me", text("heard"));
        hear("tell me about hospice");

        assertEquals(title("hospice-care"), heading());
        assertEquals("I heard: tell me about hospice", text("heard"));
        assertEquals("Here is: " + title("hospice-care") + ".", text("voice-result"));
        assertTrue(reading(), "the topic is read aloud");
        assertEquals(Conversation.State.SPEAKING, panel().state(), "the microphone is ignored while it reads");
        microphone().deliverState(Microphone.State.IGNORING);
        assertEquals(MicIndicator.SPEAKING, indicator());
        assertEquals("Talk", button("talk").getText());

        // what the kiosk says while it reads is not taken as a question
        hear("go back");
        assertEquals(title("hospice-care"), heading());

        // the reading is stopped by touch: the kiosk listens again for a follow-up
        tap("speech-stop");
        assertEquals(Conversation.State.LISTENING, panel().state());

        assertEquals(
                List.of(
                        "visit_started",
                        "voice_question matched_topic",
                        "topic_viewed voice hospice-care",
                        "read_aloud"),
                storedEvents());
    }

    @Test
    void spokenCommandsDoWhatTheirButtonsDo() throws Exception {
        tap("start");
        tap("category-planning");
        String category = heading();
        tap("topic-hospice-care");
        tap("talk");

        hear("go back");
        assertEquals(category, heading());
        assertEquals("Going back.", text("voice-result"));
        assertEquals(Conversation.State.LISTENING, panel().state(), "nothing to say, so it listens on");

        hear("louder");
        assertEquals("Speed: normal. Loudness: louder.", textHeldBy("speech-settings"));
        hear("slow down please");
        assertEquals("Speed: slower. Loudness: louder.", textHeldBy("speech-settings"));

        hear("bigger text");
        assertTrue($(Div.class).id("kiosk").hasClassName("text-large"));
        tap("text-and-colours");
        assertEquals("true", button("text-large").getElement().getAttribute("aria-pressed"));
        tap("text-and-colours-done");
        hear("make the text bigger");
        assertTrue($(Div.class).id("kiosk").hasClassName("text-largest"));

        hear("read it to me");
        assertTrue(reading());
        tap("speech-stop");
        hear("home");
        assertEquals(
                "home", UI.getCurrent().getInternals().getActiveViewLocation().getPath());

        assertTrue(storedEvents().stream()
                .filter(e -> e.startsWith("voice_question"))
                .allMatch(e -> e.equals("voice_question matched_command")));
        assertEquals(
                7,
                storedEvents().stream()
                        .filter(e -> e.startsWith("voice_question"))
                        .count());
    }

    @Test
    void iNeedHelpOpensTheSameCardAsItsButtonReadsItAndCountsItTheSameWay() throws Exception {
        tap("start");
        tap("category-planning");
        tap("topic-hospice-care");
        String topic = heading();
        tap("help-now");
        assertTrue(helpCardShown(), "the button opens the card");
        tap("help-close");
        assertFalse(helpCardShown());
        tap("talk");

        hear("i need help");

        assertTrue(helpCardShown(), "the spoken words open the same card");
        assertEquals("Here is: Need help now?", text("voice-result"));
        assertEquals(topic, heading(), "over the screen the patient was on");
        assertTrue(reading(), "the card is read aloud to someone who asked by voice");
        assertEquals(Conversation.State.SPEAKING, panel().state(), "the microphone is ignored while it reads");
        tap("help-close");
        assertFalse(helpCardShown());
        assertFalse(reading(), "closing the card silences it");
        assertEquals(
                List.of("help_card_opened", "voice_question matched_command", "help_card_opened"),
                storedEvents().stream()
                        .filter(e -> e.startsWith("help_card") || e.startsWith("voice_question"))
                        .toList(),
                "an opening by voice is counted as the button's is, with the spoken command's outcome, never its words");
    }

    @Test
    void aChoiceShowsTwoBigButtonsAndATouchPicks() throws Exception {
        MatchResult.TopicChoice choice = (MatchResult.TopicChoice) matcher.match("cancer");
        String second = choice.second().id();
        tap("talk");
        hear("cancer");

        assertTrue(buttonShown("choice-1"));
        assertTrue(buttonShown("choice-2"));
        assertEquals("1. " + title(choice.first().id()), button("choice-1").getText());
        assertEquals("2. " + title(second), button("choice-2").getText());
        assertTrue(text("voice-result")
                .startsWith("Did you mean 1, " + title(choice.first().id())));
        assertTrue(reading(), "the question is said as well as shown");
        assertEquals(Conversation.State.SPEAKING, panel().state());

        tap("choice-2");
        assertEquals(title(second), heading());
        assertFalse(buttonShown("choice-1"), "the answered choice goes away");
        assertEquals(
                List.of("visit_started", "voice_question matched_topic", "topic_viewed voice " + second, "read_aloud"),
                storedEvents());
    }

    @Test
    void aCommandTheKioskIsNotSureOfIsAskedAboutWithYesAndNoToTap() throws Exception {
        tap("start");
        tap("category-planning");
        String category = heading();
        tap("topic-hospice-care");
        String topic = heading();
        tap("talk");
        Transcript unsure = new Transcript("sorry can you go bag please", List.of("sorry can you go back please"));

        microphone().deliverHeard(unsure);
        assertEquals(topic, heading(), "nothing is done before the patient says yes");
        assertEquals("Did you want me to go back? Say yes or no, or tap your answer.", text("voice-result"));
        assertEquals("Yes, go back", button("choice-1").getText());
        assertEquals("No", button("choice-2").getText());
        assertTrue(reading(), "the question is said as well as shown");

        tap("choice-2");
        assertEquals(topic, heading(), "no leaves the page as it was");
        assertEquals("All right. Please say it again in other words, or tap a button.", text("voice-result"));
        assertFalse(buttonShown("choice-1"), "the answered question goes away");

        tap("speech-stop");
        microphone().deliverHeard(unsure);
        tap("speech-stop"); // the question has been said: the kiosk listens for the answer
        hear("yes");
        assertEquals(category, heading());
        assertEquals("Going back.", text("voice-result"));
        assertEquals(
                List.of("voice_question not_understood", "voice_question matched_command"),
                storedEvents().stream()
                        .filter(e -> e.startsWith("voice_question"))
                        .toList(),
                "a question asked about a command is counted once it is answered, never with its words");
    }

    @Test
    void aChoiceIsAlsoAnsweredByVoice() {
        MatchResult.TopicChoice choice = (MatchResult.TopicChoice) matcher.match("cancer");
        tap("talk");
        hear("cancer");
        tap("speech-stop"); // the question has been said: the kiosk listens for the answer
        assertEquals(Conversation.State.CHOOSING, panel().state());
        hear("the first one");
        assertEquals(title(choice.first().id()), heading());
    }

    @Test
    void notUnderstoodShowsAndSaysThreeQuestionsToTap() throws Exception {
        tap("talk");
        hear("purple elephant xylophone");

        assertTrue(text("voice-result").startsWith("Sorry, I did not understand that."));
        List<String> suggestions = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            assertTrue(buttonShown("suggestion-" + i));
            suggestions.add(button("suggestion-" + i).getText());
        }
        assertEquals(3, suggestions.stream().distinct().count());
        assertTrue(suggestions.stream().allMatch(q -> Character.isUpperCase(q.charAt(0)) && q.endsWith("?")));
        List<String> spoken = panel().speechScript().lines().stream()
                .map(SpeechScript.Line::text)
                .toList();
        assertTrue(spoken.contains("Sorry, I did not understand that."), "the panel can be read aloud: " + spoken);
        assertTrue(spoken.containsAll(suggestions), "with its three questions: " + spoken);
        assertTrue(reading(), "the reply is said as well as shown");
        assertEquals(List.of("visit_started", "voice_question not_understood"), storedEvents());

        String asked = suggestions.getFirst();
        tap("suggestion-1");
        assertFalse(buttonShown("suggestion-1"));
        MatchResult expected = matcher.match(asked);
        if (expected instanceof MatchResult.TopicMatch topic) {
            assertEquals(title(topic.topicId()), heading());
        } else {
            assertTrue(buttonShown("choice-1"), "a question that fits two topics offers both");
        }
    }

    @Test
    void understoodWordsAreActivityButSilenceAndTalkNearbyAreNot() {
        tap("start");
        tap("talk");
        waitSeconds(settings.idleSeconds());
        assertTrue(idleWarningShown(), "nobody spoke: are you still there?");
        microphone().deliverNothingHeard();
        assertTrue(idleWarningShown(), "silence is not activity");
        microphone().deliverPartial(new Transcript("the bus was"));
        assertTrue(idleWarningShown(), "words coming in may be talk nearby");
        hear("the bus was late again today");
        assertTrue(idleWarningShown(), "words the kiosk cannot understand do not keep it from resetting");
        // the kiosk finishes saying its reply and listens again
        ReadAloudPanel bar = $(ReadAloudPanel.class).single();
        ComponentUtil.fireEvent(bar, new ReadAloud.SpeakingChanged(bar, false));
        assertEquals(Conversation.State.LISTENING, panel().state());
        hear("go home");
        assertFalse(idleWarningShown(), "a patient whose words were understood is still here");
    }

    @Test
    void idleResetClosesTheMicrophoneAndForgetsWhatWasHeard() {
        tap("start");
        tap("talk");
        hear("purple elephant xylophone");
        assertFalse(text("heard").isEmpty());
        waitSeconds(settings.idleSeconds() + settings.warningSeconds());

        assertEquals(Conversation.State.OFF, panel().state());
        assertEquals("", text("heard"));
        assertEquals("", text("voice-result"));
        assertFalse(buttonShown("suggestion-1"));
        assertEquals("Talk", button("talk").getText());
        assertEquals(Microphone.State.CLOSED, microphone().state(), "the microphone is released");
        assertEquals(MicIndicator.OFF, indicator());
        assertFalse(panel().hasClassName("voice-cue"), "no listening cue is left for the next patient");
    }

    @Test
    void theListeningCueNeverOutlivesTheListening() {
        tap("talk");
        assertEquals(AnswerArea.CUE, text("voice-result"));
        assertTrue(panel().hasClassName("voice-cue"));
        tap("talk");
        assertEquals(Microphone.State.CLOSED, microphone().state(), "Stop listening releases the microphone");
        assertEquals(MicIndicator.OFF, indicator());
        assertEquals("", text("voice-result"), "it no longer says it is listening");
        assertFalse(panel().hasClassName("voice-cue"));

        tap("talk");
        microphone().deliverState(Microphone.State.UNAVAILABLE);
        assertEquals(MicIndicator.NO_MICROPHONE, indicator());
        assertEquals("", text("voice-result"), "no \"I am listening\" beside \"No microphone\"");
        assertFalse(panel().hasClassName("voice-cue"));
    }

    @Test
    void talkWhileListeningSwitchesListeningOff() {
        tap("talk");
        assertEquals(Microphone.State.OPENING, microphone().state(), "Talk asks the browser for the microphone");
        tap("talk");
        assertEquals(Conversation.State.MUTED, panel().state());
        assertEquals(Microphone.State.CLOSED, microphone().state());
        assertEquals("Talk", button("talk").getText());
        hear("tell me about hospice");
        assertFalse($(Paragraph.class).id("heard").getText().contains("hospice"), "nothing is taken while muted");
        microphone().deliverState(Microphone.State.CLOSED);
        assertEquals(MicIndicator.OFF, indicator());
        microphone().deliverState(Microphone.State.UNAVAILABLE);
        assertEquals(MicIndicator.NO_MICROPHONE, indicator());
    }
}
