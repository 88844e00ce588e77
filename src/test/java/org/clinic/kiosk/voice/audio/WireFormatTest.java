package org.clinic.kiosk.voice.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinic.kiosk.voice.recognition.AudioFormat;
import org.clinic.kiosk.voice.recognition.AudioFormat.Encoding;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void theBrowsersUsualFormatsAreRead() {
        assertThat(WireFormat.parse("s16le;rate=16000;channels=1")).isEqualTo(AudioFormat.RECOGNIZER);
        assertThat(WireFormat.parse(" F32LE; rate=48000 ; channels=2 "))
                .isEqualTo(new AudioFormat(Encoding.F32LE, 48_000, 2));
        assertThat(WireFormat.parse("f32le;channels=1;rate=44100"))
                .isEqualTo(new AudioFormat(Encoding.F32LE, 44_100, 1));
    }

    @Test
    void missingOrBadFormatsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> WireFormat.parse(null)).hasMessageContaining("missing X-Kiosk-Audio");
        assertThatThrownBy(() -> WireFormat.parse("  ")).hasMessageContaining("missing X-Kiosk-Audio");
        assertThatThrownBy(() -> WireFormat.parse("mp3;rate=16000;channels=1")).hasMessageContaining("s16le or f32le");
        assertThatThrownBy(() -> WireFormat.parse("s16le;rate=16000")).hasMessageContaining("channels=");
        assertThatThrownBy(() -> WireFormat.parse("s16le;rate=abc;channels=1")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> WireFormat.parse("s16le;rate=99999999999;channels=1"))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> WireFormat.parse("s16le;rate=4000;channels=1")).hasMessageContaining("8000 to 96000");
        assertThatThrownBy(() -> WireFormat.parse("s16le;rate=16000;channels=6"))
                .hasMessageContaining("mono or stereo");
        assertThatThrownBy(() -> WireFormat.parse("s16le;rate=16000;channels=1;bits=8"))
                .hasMessageContaining("only rate and channels");
        assertThatThrownBy(() -> WireFormat.parse("s16le;rate")).hasMessageContaining("name=value");
        assertThatThrownBy(() -> WireFormat.parse("s16le;" + "x".repeat(200))).hasMessageContaining("too long");
    }

    @Test
    void chunksMustBeWholeFramesNotEmptyAndAtMostOneSecond() {
        AudioFormat stereoFloat = new AudioFormat(Encoding.F32LE, 48_000, 2);
        assertThat(WireFormat.chunk(stereoFloat, new byte[4_800 * 8]).frames()).isEqualTo(4_800);
        assertThatThrownBy(() -> WireFormat.chunk(AudioFormat.RECOGNIZER, new byte[3_201]))
                .hasMessageContaining("not whole frames");
        assertThatThrownBy(() -> WireFormat.chunk(stereoFloat, new byte[12])).hasMessageContaining("not whole frames");
        assertThatThrownBy(() -> WireFormat.chunk(AudioFormat.RECOGNIZER, new byte[0]))
                .hasMessageContaining("empty");
        assertThat(WireFormat.chunk(AudioFormat.RECOGNIZER, new byte[32_000]).frames())
                .isEqualTo(16_000);
        assertThatThrownBy(() -> WireFormat.chunk(AudioFormat.RECOGNIZER, new byte[32_002]))
                .hasMessageContaining("longer than 1000 ms");
    }
}
