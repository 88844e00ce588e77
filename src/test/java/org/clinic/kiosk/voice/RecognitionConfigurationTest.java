package org.clinic.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.clinic.kiosk.voice.VoiceSettings.Engine;
import org.clinic.kiosk.voice.recognition.EngineChoice;
import org.clinic.kiosk.voice.recognition.pocketsphinx.PocketSphinxModel;
import org.junit.jupiter.api.Test;

/** kiosk.voice.engine: what auto picks from the models there are, and what it says about why. */
class RecognitionConfigurationTest {

    private static final Path VOSK = Path.of("voice-models/vosk-model-small-en-us-0.15");
    private static final Path SPHINX = Path.of("/usr/share/pocketsphinx/model/en-us");
    private static final Optional<String> NO_VOSK = Optional.of("there is no folder " + VOSK);
    private static final Optional<PocketSphinxModel.Problem> NO_SPHINX =
            Optional.of(new PocketSphinxModel.Problem(true, "there is no folder " + SPHINX));

    @Test
    void autoPrefersAnInstalledVoskModel() {
        EngineChoice choice =
                RecognitionConfiguration.choose(Engine.AUTO, VOSK, Optional.empty(), SPHINX, Optional.empty());
        assertThat(choice.summary())
                .isEqualTo("Vosk: kiosk.voice.engine is auto and the Vosk model is installed in " + VOSK + ".");
    }

    @Test
    void autoTakesPocketSphinxWhenVoskHasNoModel() {
        EngineChoice choice = RecognitionConfiguration.choose(Engine.AUTO, VOSK, NO_VOSK, SPHINX, Optional.empty());
        assertThat(choice.engine()).isEqualTo(EngineChoice.POCKETSPHINX);
        assertThat(choice.why())
                .isEqualTo(
                        "kiosk.voice.engine is auto, the Vosk model in " + VOSK + " is not there (there is no folder "
                                + VOSK + "), and PocketSphinx's model is in " + SPHINX + ".");
    }

    @Test
    void anIncompleteVoskModelGivesWayToPocketSphinx() {
        EngineChoice choice = RecognitionConfiguration.choose(
                Engine.AUTO, VOSK, Optional.of("am/final.mdl is missing"), SPHINX, Optional.empty());
        assertThat(choice.engine()).isEqualTo(EngineChoice.POCKETSPHINX);
        assertThat(choice.why()).contains("(am/final.mdl is missing)");
    }

    @Test
    void anIncompletePocketSphinxModelIsStillChosenSoItsStatusCanSayWhatIsMissing() {
        EngineChoice choice = RecognitionConfiguration.choose(
                Engine.AUTO,
                VOSK,
                NO_VOSK,
                SPHINX,
                Optional.of(new PocketSphinxModel.Problem(false, "en-us/mdef is missing")));
        assertThat(choice.engine()).isEqualTo(EngineChoice.POCKETSPHINX);
    }

    @Test
    void withNeitherModelTheKioskIsTouchOnlyAndSaysHowToInstallOne() {
        EngineChoice choice = RecognitionConfiguration.choose(Engine.AUTO, VOSK, NO_VOSK, SPHINX, NO_SPHINX);
        assertThat(choice.engine()).isEqualTo(EngineChoice.NONE);
        assertThat(choice.why())
                .endsWith("so the kiosk works by touch. Install either: ./kiosk voice-model, or apt-get install"
                        + " libpocketsphinx3 pocketsphinx-en-us.");
    }

    @Test
    void anEngineAskedForIsUsedWhateverIsInstalled() {
        assertThat(RecognitionConfiguration.choose(Engine.VOSK, VOSK, NO_VOSK, SPHINX, Optional.empty())
                        .summary())
                .isEqualTo("Vosk: kiosk.voice.engine is vosk.");
        assertThat(RecognitionConfiguration.choose(Engine.POCKETSPHINX, VOSK, Optional.empty(), SPHINX, NO_SPHINX)
                        .summary())
                .isEqualTo("PocketSphinx: kiosk.voice.engine is pocketsphinx.");
    }
}
