package org.clinic.kiosk.voice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.audio.ListeningSession;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Transcript;

/**
 * Between one tab's voice pipeline and its UI thread: the {@link ListeningSession} (made on first
 * use, closed when the tab goes), its events carried onto the UI thread with {@link UI#access},
 * and whether the pipeline changed something the browser has not fetched yet. The app has no
 * server push, so the {@link AudioReceiver}'s replies carry that flag and the script then asks for
 * the changes at once.
 */
final class PipelineBridge {

    private final SpeechRecognizer recognizer;
    private final VoiceSettings settings;
    /** Set when the pipeline changed something the browser has not fetched yet. */
    private final AtomicBoolean changed = new AtomicBoolean();

    private volatile ListeningSession session;

    PipelineBridge(SpeechRecognizer recognizer, VoiceSettings settings) {
        this.recognizer = recognizer;
        this.settings = settings;
    }

    /** The session, or null when none was made yet or the tab went. */
    ListeningSession session() {
        return session;
    }

    /**
     * The session, made on first use, whose events run as {@code onUi} on {@code ui}'s thread (no
     * one is told when {@code ui} is null: not in a page).
     */
    ListeningSession open(UI ui, ListeningSession.Events onUi) {
        if (session == null) {
            session = new ListeningSession(recognizer, settings, new ToUi(ui, onUi));
        }
        return session;
    }

    /** Drops the question being heard, if any: its audio is ignored from now. */
    void ignore() {
        ListeningSession s = session;
        if (s != null) {
            s.ignore();
        }
    }

    /** Ends the session (the tab went); a later {@link #open} makes a new one. */
    void close() {
        ListeningSession s = session;
        session = null;
        if (s != null) {
            s.close();
        }
    }

    /** Whether the pipeline changed something since the last call. */
    boolean takeChanged() {
        return changed.getAndSet(false);
    }

    /** Passes the pipeline's events to the UI thread. */
    private final class ToUi implements ListeningSession.Events {
        private final UI ui;
        private final ListeningSession.Events onUi;

        ToUi(UI ui, ListeningSession.Events onUi) {
            this.ui = ui;
            this.onUi = onUi;
        }

        private void access(Runnable task) {
            changed.set(true);
            if (ui == null) {
                return; // not in a page: nobody to tell
            }
            try {
                ui.access(task::run);
            } catch (UIDetachedException e) {
                // the tab is gone: nobody to tell
            }
        }

        @Override
        public void partial(Transcript heard) {
            access(() -> onUi.partial(heard));
        }

        @Override
        public void heard(Transcript heard) {
            access(() -> onUi.heard(heard));
        }

        @Override
        public void nothingHeard() {
            access(onUi::nothingHeard);
        }
    }
}
