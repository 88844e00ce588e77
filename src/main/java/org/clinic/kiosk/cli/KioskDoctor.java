package org.clinic.kiosk.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clinic.kiosk.shell.KioskSettings;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.recognition.vosk.ModelFolder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks behind {@code doctor}: Java, the service, the kiosk's address, the data folder, the
 * speech model, the browser's policy, the microphone and the sound output. Each gives one finding
 * in plain words; where the machine's answer lives (files, the service manager) is passed in, so
 * tests set up a machine of their own.
 */
final class KioskDoctor {

    static final String SERVICE = "recurrence-kiosk.service";

    /** Below this the usage log may soon stop growing. */
    static final long LOW_SPACE_BYTES = 200L * 1024 * 1024;

    /**
     * Where the machine answers.
     *
     * @param procAsound        the ALSA listing ({@code /proc/asound})
     * @param browserPolicy     the kiosk's Chromium managed policy
     * @param pocketSphinxModel PocketSphinx's English model, for the PocketSphinx engine
     * @param serviceState      the service's state ("active", "failed"...), empty where no systemd runs
     */
    record Machine(
            Path procAsound, Path browserPolicy, Path pocketSphinxModel, Supplier<Optional<String>> serviceState) {

        static Machine local() {
            return new Machine(
                    Path.of("/proc/asound"),
                    Path.of("/etc/chromium/policies/managed/recurrence-kiosk.json"),
                    Path.of("/usr/share/pocketsphinx/model/en-us"),
                    KioskDoctor::systemdState);
        }
    }

    private final Machine machine;

    KioskDoctor(Machine machine) {
        this.machine = machine;
    }

    List<Finding> examine(KioskSettings settings, VoiceSettings voice) {
        String address = address(settings);
        List<Finding> findings = new ArrayList<>();
        findings.add(java());
        findings.add(service());
        findings.add(answers(address));
        findings.add(dataFolder(settings.dataDir()));
        boolean voiceWanted = Files.isDirectory(voice.modelDir());
        findings.add(speechModel(voice.modelDir()));
        findings.add(pocketSphinx());
        findings.add(browserPolicy(address));
        findings.addAll(sound(voiceWanted));
        return findings;
    }

    /** The origin the kiosk's browser opens: {@code http://127.0.0.1:8080}. */
    static String address(KioskSettings settings) {
        String host = settings.bindAddress();
        if (host.equals("0.0.0.0") || host.equals("::") || host.isBlank()) {
            host = "127.0.0.1";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + settings.port();
    }

    private static Finding java() {
        Runtime.Version version = Runtime.version();
        String where = System.getProperty("java.vendor") + ", in " + System.getProperty("java.home");
        if (version.feature() < 21) {
            return Finding.problem("Java " + version + " is too old (" + where + "): the kiosk needs 21 or newer.");
        }
        return Finding.ok("Java " + version + " (" + where + ").");
    }

    private Finding service() {
        Optional<String> state = machine.serviceState().get();
        if (state.isEmpty()) {
            return Finding.note("The service " + SERVICE + ": cannot tell, systemd is not running here.");
        }
        if (state.get().equals("active")) {
            return Finding.ok("The service " + SERVICE + " is running.");
        }
        return Finding.problem(
                "The service " + SERVICE + " is " + state.get()
                        + ". Start it with: sudo systemctl start recurrence-kiosk (why it stopped: journalctl -u recurrence-kiosk).");
    }

    private static Finding answers(String address) {
        String url = address + "/";
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                return Finding.ok("The kiosk answers at " + url + ".");
            }
            return Finding.problem("The kiosk at " + url + " answers with error " + response.statusCode()
                    + ": patients see an error page. Its log: journalctl -u recurrence-kiosk.");
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Finding.problem("The kiosk does not answer at " + url + " (" + why
                    + "): the screen stays blank. Is the service running, on the port in kiosk.properties?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Finding.note("The kiosk's address was not checked (interrupted).");
        }
    }

    private static Finding dataFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Finding.problem("The data folder " + folder + " is missing: the kiosk cannot start without it.");
        }
        if (!Files.isWritable(folder)) {
            return Finding.note("The data folder " + folder + " cannot be written by this user: usage events"
                    + " wait in memory and the staff reports stop growing.");
        }
        try {
            FileStore store = Files.getFileStore(folder);
            long free = store.getUsableSpace();
            String space = "%.1f GB free".formatted(free / 1e9);
            if (free < LOW_SPACE_BYTES) {
                return Finding.note("The data folder " + folder + " has only " + free / (1024 * 1024)
                        + " MB free: the usage log will soon stop growing.");
            }
            if (Files.getPosixFilePermissions(folder).contains(PosixFilePermission.OTHERS_READ)) {
                return Finding.note("The data folder " + folder + " (" + space
                        + ") can be read by every user of this machine: chmod o-rwx " + folder + ".");
            }
            return Finding.ok("The data folder " + folder + " can be written, " + space + ".");
        } catch (IOException | UnsupportedOperationException e) {
            return Finding.note(
                    "The data folder " + folder + ": its space could not be read (" + e.getMessage() + ").");
        }
    }

    private static Finding speechModel(Path folder) {
        Optional<ModelFolder.Problem> problem = ModelFolder.check(folder);
        if (problem.isEmpty()) {
            return Finding.ok("The Vosk speech model in " + folder + " is complete: voice input can start.");
        }
        if (problem.get().absent()) {
            return Finding.note("Voice input is off: no Vosk speech model in " + folder
                    + ". The kiosk works by touch. To add voice: sudo recurrence-kiosk voice-model.");
        }
        return Finding.problem("The Vosk speech model in " + folder + " is damaged ("
                + problem.get().what() + "): voice input is off. Install it again: sudo recurrence-kiosk voice-model.");
    }

    private Finding pocketSphinx() {
        Path model = machine.pocketSphinxModel();
        if (Files.isDirectory(model)) {
            return Finding.ok("PocketSphinx's English model is installed (" + model + ").");
        }
        return Finding.note("PocketSphinx's English model is not installed (" + model
                + "); only the PocketSphinx engine needs it.");
    }

    private Finding browserPolicy(String address) {
        Path file = machine.browserPolicy();
        if (!Files.isRegularFile(file)) {
            return Finding.problem("The browser policy " + file + " is missing: Chromium would ask patients before"
                    + " using the microphone and could open other sites. Install recurrence-kiosk-session.");
        }
        JsonNode policy;
        try {
            policy = JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            return Finding.problem("The browser policy " + file + " cannot be read (" + e.getMessage()
                    + "): Chromium ignores it, so it asks before using the microphone.");
        }
        if (!contains(policy.path("AudioCaptureAllowedUrls"), address)
                || !contains(policy.path("URLAllowlist"), address)) {
            return Finding.problem("The browser policy " + file + " does not name the kiosk's address " + address
                    + ": Chromium would block the kiosk or ask before using the microphone.");
        }
        if (!contains(policy.path("URLBlocklist"), "*")) {
            return Finding.note("The browser policy " + file + " lets Chromium open other sites.");
        }
        return Finding.ok("The browser policy " + file + " lets " + address
                + " use the microphone without asking and blocks other sites.");
    }

    private static boolean contains(JsonNode list, String value) {
        for (JsonNode item : list) {
            if (item.isString() && item.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private List<Finding> sound(boolean voiceWanted) {
        SoundCards cards;
        try {
            cards = SoundCards.read(machine.procAsound());
        } catch (IOException e) {
            return List.of(Finding.note("The sound devices could not be listed (" + e.getMessage() + ")."));
        }
        Finding microphone;
        if (!cards.microphones().isEmpty()) {
            microphone = Finding.ok("Microphone: " + SoundCards.names(cards.microphones()) + ".");
        } else if (voiceWanted) {
            microphone = Finding.problem("No microphone found (ALSA lists none): the Talk button says"
                    + " \"No microphone\". Plug one in, then restart the kiosk screen.");
        } else {
            microphone = Finding.note("No microphone found (ALSA lists none); voice input is off anyway.");
        }
        Finding output = cards.outputs().isEmpty()
                ? Finding.problem("No sound output found (ALSA lists none): Read aloud is silent.")
                : Finding.ok("Sound output: " + SoundCards.names(cards.outputs()) + ".");
        return List.of(microphone, output);
    }

    /** {@code systemctl is-active}, where systemd runs. */
    private static Optional<String> systemdState() {
        if (!Files.isDirectory(Path.of("/run/systemd/system"))) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder("systemctl", "is-active", SERVICE)
                    .redirectErrorStream(true)
                    .start();
            String state = new String(process.getInputStream().readAllBytes()).strip();
            process.waitFor();
            return Optional.of(state.isEmpty() ? "unknown" : state);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
