package org.clinic.kiosk.voice.recognition.vosk;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What loading found out about a model, in words for staff and for the log: how long it took,
 * whether it can use the kiosk's phrases (a full-graph model cannot), which of the kiosk's words
 * it does not know (what Vosk's own log would call "Ignoring word missing in vocabulary", which the
 * kiosk keeps quiet), and whether it can hear the wake phrase.
 *
 * @param fullGraph    the model has a full decoding graph and ignores grammars
 * @param questions    the question grammar as built for this model
 * @param grammarBuild how long the question recognizer took to build
 * @param wakePhrase   the hands-free wake phrase, if hands-free listening is on
 * @param unknownWake  the wake phrase's words the model does not know
 */
record ModelReport(
        boolean fullGraph,
        VoskGrammar questions,
        Duration grammarBuild,
        Optional<String> wakePhrase,
        List<String> unknownWake) {

    private static final Logger LOG = LoggerFactory.getLogger(VoskSpeechRecognizer.class);

    /** Words named in one log line at the most. */
    static final int LOGGED_WORDS = 40;

    ModelReport {
        unknownWake = List.copyOf(unknownWake);
    }

    /** One line for the unknown words and one for the wake phrase, when there is something to say. */
    void log() {
        List<String> unknown = questions.unknownWords();
        if (!unknown.isEmpty()) {
            String named = unknown.stream().limit(LOGGED_WORDS).collect(Collectors.joining(", "));
            LOG.info(
                    "Voice: the speech model does not know {} of the kiosk's {} words; it hears them as unknown"
                            + " speech: {}{}",
                    unknown.size(),
                    unknown.size() + questions.words(),
                    named,
                    unknown.size() > LOGGED_WORDS ? " and " + (unknown.size() - LOGGED_WORDS) + " more" : "");
        }
        handsFreeOff().ifPresent(why -> LOG.warn("Voice: {}", why));
    }

    /** Why hands-free listening cannot work: the model does not know a word of the wake phrase. */
    Optional<String> handsFreeOff() {
        if (wakePhrase.isEmpty() || unknownWake.isEmpty()) {
            return Optional.empty();
        }
        String words = unknownWake.stream().map(w -> "“" + w + "”").collect(Collectors.joining(" and "));
        return Optional.of("Hands-free listening is off: the speech model does not know " + words
                + " in the wake phrase “" + wakePhrase.get() + "”, so it could never hear it. Set"
                + " kiosk.voice.wake-phrase to words it knows; the Talk button works as usual.");
    }

    RecognizerStatus status(String model, Duration loaded, Duration all) {
        StringBuilder detail = new StringBuilder(String.format(
                Locale.ROOT,
                "Speech model %s loaded in %.1f s (checked in a separate process first, %.1f s in all).",
                model,
                loaded.toMillis() / 1000.0,
                all.toMillis() / 1000.0));
        if (fullGraph) {
            detail.append(" It has a full decoding graph, so it listens for any words, not only the kiosk's.");
        } else if (questions.phrases() > 0) {
            detail.append(String.format(
                    Locale.ROOT,
                    " The kiosk's %d phrases became its word list in %d ms.",
                    questions.phrases(),
                    grammarBuild.toMillis()));
        }
        int unknown = questions.unknownWords().size();
        if (unknown > 0) {
            detail.append(String.format(
                    Locale.ROOT,
                    " It does not know %d of the kiosk's %d words and hears them as unknown speech.",
                    unknown,
                    unknown + questions.words()));
        }
        return new RecognizerStatus(true, model, detail.toString(), questions.unknownWords(), handsFreeOff());
    }
}
