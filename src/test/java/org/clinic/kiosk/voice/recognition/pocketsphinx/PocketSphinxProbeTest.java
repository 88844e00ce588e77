package org.clinic.kiosk.voice.recognition.pocketsphinx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.junit.jupiter.api.Test;

/**
 * Damaged models, read for real: PocketSphinx ends its process on some ({@code FATAL}) and crashes
 * on others, so the check runs in a child process; here the child dies, this JVM carries on, and
 * the status says why voice input is off.
 */
class PocketSphinxProbeTest {

    private static byte[] garbage(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static RecognizerStatus loadDamaged(String file, byte[] bytes) {
        TestPocketSphinx.assumeInstalled();
        Path folder =
                TestPocketSphinx.damaged(Path.of("target/damaged-pocketsphinx/" + file.replace('/', '-')), file, bytes);
        return new PocketSphinxRecognizer(folder).load();
    }

    @Test
    void garbageAcousticMeansEndTheChildNotTheKiosk() {
        RecognizerStatus status = loadDamaged("en-us/means", garbage(4096));
        assertThat(status.ready()).isFalse();
        assertThat(status.detail())
                .contains("could not be loaded: the speech engine said: ")
                .endsWith("Install it again with apt-get install libpocketsphinx3 pocketsphinx-en-us. The kiosk works"
                        + " by touch.");
    }

    @Test
    void aCutOffModelDefinitionCrashesTheChildAndTheKioskCarriesOn() throws Exception {
        byte[] whole = java.nio.file.Files.readAllBytes(PocketSphinxModel.DEBIAN.resolve("en-us/mdef"));
        RecognizerStatus status = loadDamaged("en-us/mdef", Arrays.copyOf(whole, whole.length / 2));
        assertThat(status.ready()).isFalse();
        assertThat(status.detail()).contains("could not be loaded: the speech engine crashed while reading it");
    }

    @Test
    void aCutOffLanguageModelIsNamedByTheEngine() throws Exception {
        byte[] whole = java.nio.file.Files.readAllBytes(PocketSphinxModel.DEBIAN.resolve("en-us.lm.bin"));
        RecognizerStatus status = loadDamaged("en-us.lm.bin", Arrays.copyOf(whole, 100_000));
        assertThat(status.ready()).isFalse();
        assertThat(status.detail()).contains("could not be loaded: the speech engine said: ");
        System.out.println("Cut-off language model: " + status.detail());
    }

    @Test
    void theEnginesLastErrorIsShownPrintableAndShort() {
        assertThat(PocketSphinxProbe.reason("INFO: x\nFATAL: \"bio.c\", line 89: Missing *end_comment* marker\n", 1))
                .isEqualTo("the speech engine said: Missing *end_comment* marker");
        assertThat(PocketSphinxProbe.reason(
                        "ERROR: \"a.c\", line 3: bad \u0001 byte.\nspeech model not loaded: x\n", 3))
                .isEqualTo("the speech engine said: bad ? byte");
        assertThat(PocketSphinxProbe.reason("# A fatal error has been detected\n#  SIGSEGV (0xb) at pc=0x1\n", 134))
                .isEqualTo("the speech engine crashed while reading it");
        assertThat(PocketSphinxProbe.reason("", 7)).isEqualTo("the model check ended with exit code 7");
    }
}
