package org.clinic.kiosk.voice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.clinic.kiosk.BrowserTest;
import org.clinic.kiosk.voice.AudioOnDisk;
import org.clinic.kiosk.voice.FakeMicrophone;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizer;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The microphone end to end in real Chromium: a fake microphone plays a question FreeTTS spoke
 * into a WAV file; the test page's Listen button calls {@link Microphone#listen}; the audio goes
 * through voice.js, the capture worklet, the element's POST address, the converter and the
 * endpointer to a scripted recognizer that keeps what it was fed.
 */
@Import(MicrophoneTestConfiguration.class)
class MicrophoneBrowserIT extends BrowserTest {

    private static final int RATE = 16_000;
    /** The fixture: 0.5 s of silence, the spoken question, 2 s of silence (Chromium plays it in a loop). */
    private static final double LEAD_SECONDS = 0.5;

    private static final double TAIL_SECONDS = 2.0;
    private static short[] fixtureSpeech;

    @Autowired
    ScriptedRecognizer scripted;

    @Autowired
    RecordingRecognizer recording;

    @Autowired
    MicrophoneProbe probe;

    /** Called by BrowserTest before Chromium starts: makes the fixture and feeds it to the fake microphone. */
    static List<String> chromiumArguments() {
        FakeMicrophone.Spoken spoken = FakeMicrophone.spoken(
                "question.wav", "What is hospice care, and can my family visit me there?", LEAD_SECONDS, TAIL_SECONDS);
        fixtureSpeech = spoken.speech();
        return FakeMicrophone.arguments(spoken.wav());
    }

    @BeforeEach
    void clean() {
        scripted.reset();
        recording.clear();
        probe.clear();
    }

    private void openTestPage() {
        driver.get("http://localhost:" + port + "/test-microphone");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("test-listen")).isEmpty());
    }

    private void tap(String id) {
        driver.findElement(By.id(id)).click();
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("%s within %s; told: %s", what, timeout, probe.told())
                    .isLessThan(end);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String stateShown() {
        return driver.findElement(By.id("test-state")).getText();
    }

    @Test
    void aSpokenQuestionArrivesAt16kHzIsHeardAndTheMicrophoneIsReleased() throws IOException {
        Map<Path, Long> before = AudioOnDisk.snapshot();
        AudioOnDisk.WriteWatch watch = AudioOnDisk.WriteWatch.start();
        scripted.willHear("what is hospice care");
        openTestPage();

        tap("test-listen");
        waitUntil(
                "the question heard",
                () -> probe.told().contains("heard:what is hospice care"),
                Duration.ofSeconds(30));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> stateShown().equals("IGNORING"));

        List<String> told = probe.told();
        assertThat(told).startsWith("state:OPENING", "state:LISTENING");
        assertThat(told).contains("partial:what", "partial:what is");
        assertThat(told.subList(told.indexOf("state:IGNORING"), told.size()))
                .containsExactly("state:IGNORING", "heard:what is hospice care");
        assertThat(driver.findElement(By.id("test-words")).getText()).isEqualTo("what is hospice care");

        // What the recognizer was fed: 16 kHz mono samples of one question. Chromium plays the WAV
        // in a loop from when the microphone opened, and the cue and the first chunks may fall
        // anywhere in its leading silence, so the comparison is bounded to the speech itself:
        // the span from the first to the last loud frame in what the server received (the endpoint
        // then ends the question 600 ms later) against the same span in the WAV's own samples.
        // A wrong rate anywhere (48 kHz taken as 16 kHz, a missed resampling, dropped chunks)
        // would stretch or shrink it far more than 5 %.
        ScriptedRecognizer.Heard utterance = scripted.utterances().getFirst();
        assertThat(utterance.closes()).isEqualTo(1);
        short[] received = recording.samples().getFirst();
        assertThat(received.length).isEqualTo(utterance.samples());
        int[] heardSpan = FakeMicrophone.speechSpan(received);
        int[] wavSpan = FakeMicrophone.speechSpan(fixtureSpeech);
        double heardSeconds = (heardSpan[1] - heardSpan[0]) / (double) RATE;
        double wavSeconds = (wavSpan[1] - wavSpan[0]) / (double) RATE;
        System.out.printf(
                "Microphone: received %.3f s, speech %.3f s (WAV speech %.3f s), %.3f s after it%n",
                received.length / (double) RATE,
                heardSeconds,
                wavSeconds,
                (received.length - heardSpan[1]) / (double) RATE);
        assertThat(heardSeconds).isCloseTo(wavSeconds, org.assertj.core.api.Assertions.withinPercentage(5));
        // the question ended by the endpoint: the 600 ms of quiet after the speech, to a frame or two
        assertThat((received.length - heardSpan[1]) / (double) RATE).isBetween(0.55, 0.70);

        tap("test-close");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> stateShown().equals("CLOSED"));
        assertThat(probe.told()).last().isEqualTo("state:CLOSED");
        Object ended = driver.executeScript("var v = document.getElementById('microphone').__kioskVoice;"
                + "return v.tracks.length > 0 && v.tracks.every(function (t) { return t.readyState === 'ended'; })"
                + " && v.stream === null;");
        assertThat(ended).isEqualTo(true);

        assertThat(watch.stop())
                .as("files this JVM held open for writing while listening")
                .isEmpty();
        assertThat(AudioOnDisk.writtenSince(before))
                .as("files written while listening")
                .isEmpty();
    }

    @Test
    void aBrowserThatCannotRunAt16kHzSendsFloatsAtItsOwnRateAndTheServerConverts() {
        scripted.willHear("hospice care");
        openTestPage();
        // this browser refuses a 16 kHz audio context, as some do: voice.js falls back to the device's rate
        driver.executeScript("const Real = window.AudioContext;"
                + "window.AudioContext = function (options) {"
                + "  if (options && options.sampleRate) { throw new Error('NotSupportedError'); }"
                + "  return new Real(); };");
        tap("test-listen");
        waitUntil("the question heard", () -> probe.told().contains("heard:hospice care"), Duration.ofSeconds(30));

        String format =
                (String) driver.executeScript("return document.getElementById('microphone').__kioskVoice.format;");
        assertThat(format).startsWith("f32le;rate=").doesNotContain("rate=16000");
        short[] received = recording.samples().getFirst();
        int[] heardSpan = FakeMicrophone.speechSpan(received);
        int[] wavSpan = FakeMicrophone.speechSpan(fixtureSpeech);
        double heardSeconds = (heardSpan[1] - heardSpan[0]) / (double) RATE;
        double wavSeconds = (wavSpan[1] - wavSpan[0]) / (double) RATE;
        System.out.printf("Microphone (%s): speech %.3f s (WAV %.3f s)%n", format, heardSeconds, wavSeconds);
        assertThat(heardSeconds).isCloseTo(wavSeconds, org.assertj.core.api.Assertions.withinPercentage(5));
        tap("test-close");
    }

    // ---- bad input over real HTTP ----

    private record Target(URI audio, String cookie) {}

    private Target target() {
        String address = (String)
                driver.executeScript(
                        "return new URL(document.getElementById('microphone').getAttribute('data-audio'), document.baseURI).href;");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        return new Target(URI.create(address), "JSESSIONID=" + session.getValue());
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, String cookie, String format, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (format != null) {
            request.header("X-Kiosk-Audio", format);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void badAudioIsRefusedAFloodIsBoundedAnotherSessionGetsNothingInAndTheKioskStillHears() throws Exception {
        openTestPage();
        tap("test-listen");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> stateShown().equals("LISTENING"));
        // the browser keeps sending the fake microphone; stop it so only this test's requests arrive
        driver.executeScript("window.kioskVoice.stop(document.getElementById('microphone'));");
        Target t = target();
        HttpClient http = HttpClient.newHttpClient();
        String s16 = "s16le;rate=16000;channels=1";

        assertThat(post(http, t.audio(), t.cookie(), null, new byte[3_200]))
                .satisfies(r -> assertThat(r.statusCode()).isEqualTo(400))
                .satisfies(r -> assertThat(r.body()).contains("missing X-Kiosk-Audio"));
        assertThat(post(http, t.audio(), t.cookie(), "wav;rate=16000;channels=1", new byte[3_200])
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> odd = post(http, t.audio(), t.cookie(), s16, new byte[3_201]);
        assertThat(odd.statusCode()).isEqualTo(400);
        assertThat(odd.body()).contains("not whole frames");
        assertThat(post(http, t.audio(), t.cookie(), s16, new byte[0]).statusCode())
                .isEqualTo(400);
        assertThat(post(http, t.audio(), t.cookie(), s16, new byte[64_002]).statusCode())
                .isEqualTo(413);
        byte[] garbage = new byte[48_000 * 8 / 10];
        new java.util.Random(7).nextBytes(garbage);
        assertThat(post(http, t.audio(), t.cookie(), "f32le;rate=48000;channels=2", garbage)
                        .statusCode())
                .isEqualTo(200);

        // another session (its own cookie) or a wrong key: Vaadin finds no such address, no audio gets in
        long fedBefore = fed();
        HttpClient stranger = HttpClient.newHttpClient();
        // a session of its own, made as a page makes it: by its first call back (a bare GET makes none)
        HttpResponse<String> page = stranger.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=init&location=&query="))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String strangerCookie = page.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        byte[] loud = loudChunk();
        HttpResponse<String> foreign = post(stranger, t.audio(), strangerCookie, s16, loud);
        assertThat(foreign.statusCode()).isBetween(400, 499);
        assertThat(post(stranger, t.audio(), "JSESSIONID=nonsense", s16, loud).statusCode())
                .isBetween(400, 499);
        String wrongKey = t.audio().toString().replaceAll("/[0-9a-f-]{36}/", "/00000000-0000-0000-0000-000000000000/");
        assertThat(wrongKey).isNotEqualTo(t.audio().toString());
        assertThat(post(http, URI.create(wrongKey), t.cookie(), s16, loud).statusCode())
                .isBetween(400, 499);
        assertThat(fed()).isEqualTo(fedBefore);

        // a flood: 300 one-second chunks at once that need resampling; the queue refuses what it cannot hold
        byte[] second = new byte[96_000 * 8];
        ByteBuffer b = ByteBuffer.wrap(second).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 96_000; i++) {
            float v = (float) (0.3 * Math.sin(2 * Math.PI * 300 * i / 96_000.0));
            b.putFloat(v).putFloat(v);
        }
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            flood.add(http.sendAsync(
                    HttpRequest.newBuilder(t.audio())
                            .timeout(Duration.ofSeconds(60))
                            .header("Cookie", t.cookie())
                            .header("X-Kiosk-Audio", "f32le;rate=96000;channels=2")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(second))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Map<Integer, Integer> statuses = new HashMap<>();
        for (CompletableFuture<HttpResponse<String>> f : flood) {
            statuses.merge(f.get().statusCode(), 1, Integer::sum);
        }
        System.out.println("Microphone flood of 300 one-second chunks: replies " + statuses);
        assertThat(statuses.keySet()).isSubsetOf(200, 429);
        // at most max-utterance (15 s) of audio went into any utterance (the question's, and its
        // second hearing without a grammar)
        assertThat(scripted.utterances())
                .allSatisfy(u -> assertThat(u.samples()).isLessThanOrEqualTo(15L * RATE));
        assertThat(scripted.utterances()).allSatisfy(u -> assertThat(u.closes()).isEqualTo(1));

        // the kiosk still hears the next question
        scripted.willHear("go back");
        probe.clear();
        recording.clear();
        tap("test-listen");
        waitUntil("the next question heard", () -> probe.told().contains("heard:go back"), Duration.ofSeconds(30));
        assertThat(recording.samples()).isNotEmpty();
        tap("test-close");
    }

    private long fed() {
        return scripted.utterances().stream()
                .mapToLong(ScriptedRecognizer.Heard::samples)
                .sum();
    }

    private static byte[] loudChunk() {
        ByteBuffer b = ByteBuffer.allocate(3_200).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 1_600; i++) {
            b.putShort((short) (8_000 * Math.sin(2 * Math.PI * 300 * i / 16_000.0)));
        }
        return b.array();
    }

    static Vocabulary grammar() {
        return MicrophoneTestView.GRAMMAR;
    }
}
