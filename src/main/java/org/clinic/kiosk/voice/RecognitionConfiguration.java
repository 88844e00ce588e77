package org.clinic.kiosk.voice;

import java.nio.file.Path;
import java.util.Optional;
import org.clinic.kiosk.voice.recognition.EngineChoice;
import org.clinic.kiosk.voice.recognition.ExpectedSpeech;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.pocketsphinx.PocketSphinxModel;
import org.clinic.kiosk.voice.recognition.pocketsphinx.PocketSphinxRecognizer;
import org.clinic.kiosk.voice.recognition.vosk.ModelFolder;
import org.clinic.kiosk.voice.recognition.vosk.VoskSpeechRecognizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Voice recognition's start-up and shutdown, the one place that picks the engine
 * ({@code kiosk.voice.engine}): Vosk when its model is installed, else PocketSphinx when its model
 * is found, else touch-only (under {@code auto}), or the engine asked for. The chosen model is read
 * in the background (voice input is off until it is ready, and stays off with the reason if it
 * cannot be), and freed when the kiosk stops. One log line says which engine runs and why.
 */
@Configuration
class RecognitionConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RecognitionConfiguration.class);

    @Bean
    EngineChoice engineChoice(VoiceSettings settings) {
        EngineChoice choice = choose(
                settings.engine(),
                settings.modelDir(),
                ModelFolder.check(settings.modelDir()).map(ModelFolder.Problem::what),
                settings.pocketsphinxModelDir(),
                new PocketSphinxModel(settings.pocketsphinxModelDir()).check());
        LOG.info("Voice engine: {}", choice.summary());
        return choice;
    }

    @Bean(destroyMethod = "close")
    SpeechRecognizer speechRecognizer(VoiceSettings settings, EngineChoice choice, ExpectedSpeech expected) {
        if (choice.engine().equals(EngineChoice.POCKETSPHINX)) {
            PocketSphinxRecognizer recognizer = new PocketSphinxRecognizer(settings.pocketsphinxModelDir());
            recognizer.start();
            return recognizer;
        }
        // Vosk, or touch-only: the Vosk recognizer then says which model is missing and how to install it
        VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(settings.modelDir(), expected);
        recognizer.start();
        return recognizer;
    }

    /**
     * The engine for {@code asked}, given what is wrong with each model folder (empty: it is complete).
     * Under auto a complete Vosk model wins; else PocketSphinx when its folder is there (if it is
     * incomplete, its status says what is missing); else none.
     */
    static EngineChoice choose(
            VoiceSettings.Engine asked,
            Path voskDir,
            Optional<String> voskProblem,
            Path pocketsphinxDir,
            Optional<PocketSphinxModel.Problem> pocketsphinxProblem) {
        return switch (asked) {
            case VOSK -> new EngineChoice(EngineChoice.VOSK, "kiosk.voice.engine is vosk.");
            case POCKETSPHINX -> new EngineChoice(EngineChoice.POCKETSPHINX, "kiosk.voice.engine is pocketsphinx.");
            case AUTO -> {
                if (voskProblem.isEmpty()) {
                    yield new EngineChoice(
                            EngineChoice.VOSK,
                            "kiosk.voice.engine is auto and the Vosk model is installed in " + voskDir + ".");
                }
                String vosk = "the Vosk model in " + voskDir + " is not there (" + voskProblem.get() + ")";
                if (pocketsphinxProblem.isEmpty() || !pocketsphinxProblem.get().absent()) {
                    yield new EngineChoice(
                            EngineChoice.POCKETSPHINX,
                            "kiosk.voice.engine is auto, " + vosk + ", and PocketSphinx's model is in "
                                    + pocketsphinxDir + ".");
                }
                yield new EngineChoice(
                        EngineChoice.NONE,
                        "kiosk.voice.engine is auto, " + vosk + ", and there is no PocketSphinx model in "
                                + pocketsphinxDir + ", so the kiosk works by touch. Install either: ./kiosk"
                                + " voice-model, or apt-get install libpocketsphinx3 pocketsphinx-en-us.");
            }
        };
    }
}
