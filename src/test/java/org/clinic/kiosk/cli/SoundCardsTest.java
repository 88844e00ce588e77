package org.clinic.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundCardsTest {

    @Test
    void theAlsaListingTellsMicrophonesFromOutputs(@TempDir Path asound) throws IOException {
        Files.writeString(asound.resolve("pcm"), """
                00-00: ALC3246 Analog : ALC3246 Analog : playback 1 : capture 1
                00-03: HDMI 0 : HDMI 0 : playback 1
                01-00: USB Audio : USB Audio : capture 1
                """);
        SoundCards cards = SoundCards.read(asound);
        assertThat(SoundCards.names(cards.microphones())).isEqualTo("00-00 ALC3246 Analog, 01-00 USB Audio");
        assertThat(SoundCards.names(cards.outputs())).isEqualTo("00-00 ALC3246 Analog, 00-03 HDMI 0");
    }

    @Test
    void aMachineWithoutSoundCardsListsNone(@TempDir Path asound) throws IOException {
        SoundCards cards = SoundCards.read(asound.resolve("missing"));
        assertThat(cards.microphones()).isEmpty();
        assertThat(cards.outputs()).isEmpty();
    }
}
