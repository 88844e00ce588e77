package org.clinic.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinic.kiosk.shell.KioskSettings;
import org.clinic.kiosk.voice.VoiceSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class KioskDoctorTest {

    private static final String SOUND = """
            00-00: ALC3246 Analog : ALC3246 Analog : playback 1 : capture 1
            00-03: HDMI 0 : HDMI 0 : playback 1
            """;

    @TempDir
    Path dir;

    private HttpServer kiosk;
    private Path data;
    private Path policy;
    private Path asound;
    private Optional<String> serviceState = Optional.of("active");
    private final Map<String, String> settings = new HashMap<>();

    @BeforeEach
    void aHealthyMachine() throws IOException {
        kiosk = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        kiosk.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        kiosk.start();
        data = Files.createDirectory(
                dir.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
        asound = Files.createDirectory(dir.resolve("asound"));
        Files.writeString(asound.resolve("pcm"), SOUND);
        policy = dir.resolve("recurrence-kiosk.json");
        Files.writeString(
                policy, policyFor("http://127.0.0.1:" + kiosk.getAddress().getPort()));
        settings.put("kiosk.port", String.valueOf(kiosk.getAddress().getPort()));
        settings.put("kiosk.data-dir", data.toString());
        settings.put("kiosk.voice.model-dir", dir.resolve("no-model").toString());
    }

    @AfterEach
    void stopKiosk() {
        kiosk.stop(0);
    }

    @Test
    void aHealthyKioskWithoutVoiceIsFineAndExitsZero() {
        Report report = examine();
        assertThat(report.exit).isZero();
        assertThat(report.text)
                .contains("  ok       The service recurrence-kiosk.service is running.")
                .contains("  ok       The kiosk answers at http://127.0.0.1:" + port() + "/.")
                .contains("  ok       The data folder " + data + " can be written")
                .contains("  note     Voice input is off: no Vosk speech model in " + dir.resolve("no-model"))
                .contains("  ok       The browser policy " + policy + " lets http://127.0.0.1:" + port()
                        + " use the microphone without asking and blocks other sites.")
                .contains("  ok       Microphone: 00-00 ALC3246 Analog.")
                .contains("  ok       Sound output: 00-00 ALC3246 Analog, 00-03 HDMI 0.")
                .contains("0 problems a patient would notice.");
    }

    @Test
    void aKioskThatDoesNotAnswerIsAProblem() {
        kiosk.stop(0);
        Report report = examine();
        assertThat(report.exit).isEqualTo(1);
        assertThat(report.text)
                .contains("  PROBLEM  The kiosk does not answer at http://127.0.0.1:" + port() + "/")
                .contains("the screen stays blank");
    }

    @Test
    void aStoppedServiceIsAProblemAndNoSystemdIsANote() {
        serviceState = Optional.of("failed");
        assertThat(examine().text)
                .contains("  PROBLEM  The service recurrence-kiosk.service is failed. Start it with:"
                        + " sudo systemctl start recurrence-kiosk");
        serviceState = Optional.empty();
        assertThat(examine().text)
                .contains("  note     The service recurrence-kiosk.service: cannot tell, systemd is not running here.");
    }

    @Test
    void withoutTheBrowserPolicyChromiumWouldAskBeforeUsingTheMicrophone() throws IOException {
        Files.delete(policy);
        Report report = examine();
        assertThat(report.exit).isEqualTo(1);
        assertThat(report.text)
                .contains("  PROBLEM  The browser policy " + policy + " is missing: Chromium would ask"
                        + " patients before using the microphone");
    }

    @Test
    void aPolicyForAnotherAddressIsAProblem() throws IOException {
        Files.writeString(policy, policyFor("http://127.0.0.1:9"));
        assertThat(examine().text)
                .contains("  PROBLEM  The browser policy " + policy + " does not name the kiosk's address"
                        + " http://127.0.0.1:" + port());
    }

    @Test
    void noMicrophoneIsAProblemOnlyWhenThereIsASpeechModel() throws IOException {
        Files.writeString(asound.resolve("pcm"), "00-03: HDMI 0 : HDMI 0 : playback 1\n");
        Report withoutModel = examine();
        assertThat(withoutModel.text).contains("  note     No microphone found (ALSA lists none); voice input is off");
        assertThat(withoutModel.exit).isZero();

        Path model = Files.createDirectory(dir.resolve("model"));
        settings.put("kiosk.voice.model-dir", model.toString());
        Report withModel = examine();
        assertThat(withModel.exit).isEqualTo(1);
        assertThat(withModel.text)
                .contains("  PROBLEM  No microphone found (ALSA lists none): the Talk button says \"No microphone\".")
                .contains("  PROBLEM  The Vosk speech model in " + model + " is damaged (am/final.mdl is missing)");
    }

    @Test
    void noSoundCardAtAllMeansReadAloudIsSilent() throws IOException {
        Files.delete(asound.resolve("pcm"));
        Report report = examine();
        assertThat(report.exit).isEqualTo(1);
        assertThat(report.text).contains("  PROBLEM  No sound output found (ALSA lists none): Read aloud is silent.");
    }

    @Test
    void aDataFolderOthersCanReadIsANoteAndAMissingOneAProblem() throws IOException {
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(examine().text)
                .contains("  note     The data folder " + data + " (")
                .contains("can be read by every user of this machine: chmod o-rwx " + data);
        settings.put("kiosk.data-dir", dir.resolve("gone").toString());
        assertThat(examine().text)
                .contains("  PROBLEM  The data folder " + dir.resolve("gone") + " is missing: the kiosk cannot start");
    }

    private int port() {
        return kiosk.getAddress().getPort();
    }

    private static String policyFor(String address) {
        return """
                {"URLBlocklist": ["*"], "URLAllowlist": ["%1$s"], "AudioCaptureAllowedUrls": ["%1$s"]}
                """.formatted(address);
    }

    private record Report(int exit, String text) {}

    private Report examine() {
        Binder binder = new Binder(new MapConfigurationPropertySource(settings));
        KioskSettings bound = binder.bindOrCreate("kiosk", KioskSettings.class);
        VoiceSettings voice = binder.bindOrCreate("kiosk.voice", VoiceSettings.class);
        KioskDoctor doctor = new KioskDoctor(
                new KioskDoctor.Machine(asound, policy, dir.resolve("pocketsphinx"), () -> serviceState));
        List<Finding> findings = doctor.examine(bound, voice);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = DoctorCommand.report(findings, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Report(exit, out.toString(StandardCharsets.UTF_8));
    }
}
