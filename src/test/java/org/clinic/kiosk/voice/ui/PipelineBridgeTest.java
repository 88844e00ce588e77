package org.clinic.kiosk.voice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clinic.kiosk.voice.LabelledSpeech;
import org.clinic.kiosk.voice.audio.ListeningSession;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One tab's listening session and the change flag the browser's audio replies carry, outside a page. */
class PipelineBridgeTest {

    private static final Vocabulary GRAMMAR = new Vocabulary(List.of("hospice", Transcript.UNKNOWN));

    /** A recognizer that cannot start a question: the session says "nothing heard" at once. */
    private static final SpeechRecognizer FAILING = new SpeechRecognizer() {
        @Override
        public RecognizerStatus status() {
            return RecognizerStatus.ready("failing", "Cannot start a question, for this test.");
        }

        @Override
        public Utterance begin(Vocabulary vocabulary) {
            throw new RecognizerException("no question today");
        }
    };

    private final PipelineBridge bridge = new PipelineBridge(FAILING, LabelledSpeech.settings());
    private final List<String> told = new CopyOnWriteArrayList<>();
    private final ListeningSession.Events recorder = new ListeningSession.Events() {
        @Override
        public void partial(Transcript heard) {
            told.add("partial:" + heard.text());
        }

        @Override
        public void heard(Transcript heard) {
            told.add("heard:" + heard.text());
        }

        @Override
        public void nothingHeard() {
            told.add("nothing");
        }
    };

    @AfterEach
    void closeSession() {
        bridge.close();
    }

    @Test
    void theSessionIsMadeOnFirstUseAndANewOneOnlyAfterTheTabWent() throws Exception {
        assertThat(bridge.session()).isNull();
        ListeningSession first = bridge.open(null, recorder);
        assertThat(bridge.open(null, recorder)).isSameAs(first);
        assertThat(bridge.session()).isSameAs(first);

        bridge.close();
        assertThat(bridge.session()).isNull();
        assertThat(first.awaitClosed(Duration.ofSeconds(5)))
                .as("the old session's thread ends")
                .isTrue();
        assertThat(bridge.open(null, recorder)).isNotSameAs(first);
    }

    @Test
    void whatThePipelineTellsIsAChangeForTheBrowserToFetchOnce() throws Exception {
        assertThat(bridge.takeChanged()).isFalse();
        ListeningSession session = bridge.open(null, recorder);
        session.listen(GRAMMAR);
        assertThat(session.awaitIdle(Duration.ofSeconds(5))).isTrue();

        assertThat(bridge.takeChanged()).as("the question ended: nothing heard").isTrue();
        assertThat(bridge.takeChanged()).as("fetched once").isFalse();
        assertThat(told).as("not in a page: nobody on a UI thread to tell").isEmpty();
    }

    @Test
    void ignoringDropsTheQuestionBeingHeard() {
        bridge.ignore(); // no session yet: nothing to drop
        assertThat(bridge.session()).isNull();

        ListeningSession session = bridge.open(null, recorder);
        session.listen(GRAMMAR);
        bridge.ignore();
        assertThat(session.listening()).isFalse();
    }
}
