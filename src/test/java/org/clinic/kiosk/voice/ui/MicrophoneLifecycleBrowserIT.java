package org.clinic.kiosk.voice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.clinic.kiosk.BrowserTest;
import org.clinic.kiosk.voice.FakeMicrophone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The microphone's life in real Chromium (a fake microphone in a quiet room), the hard cases of
 * {@code kiosk/voice.js}: the microphone closed and opened again while the browser is still
 * asking for it, the element taken off the page, the "I am listening" tone, and a microphone that
 * stops by itself. Spies installed in the page see every stream the browser hands out, every tone
 * played and every answer the script gives the server; the server's side is what the test page's
 * {@link Microphone} told its listeners.
 */
@Import(MicrophoneTestConfiguration.class)
class MicrophoneLifecycleBrowserIT extends BrowserTest {

    /**
     * Watches the page: every stream getUserMedia gives (and, when gated, holds the browser's
     * answer until the test lets it go), the capture worklet's loading (gated the same way),
     * every oscillator started with its times, every gain ramp, and the script's answers to the
     * server (opened / unavailable).
     */
    private static final String SPIES = """
            var w = window;
            w.__streams = []; w.__gumGates = []; w.__gumGated = false;
            var md = navigator.mediaDevices;
            var realGum = md.getUserMedia.bind(md);
            md.getUserMedia = function (c) {
              var ask = function () {
                return realGum(c).then(function (s) { w.__streams.push(s); return s; });
              };
              if (!w.__gumGated) { return ask(); }
              return new Promise(function (res, rej) {
                w.__gumGates.push(function () { ask().then(res, rej); });
              });
            };
            w.__moduleGates = []; w.__moduleGated = false;
            var realAdd = AudioWorklet.prototype.addModule;
            AudioWorklet.prototype.addModule = function (url, o) {
              var worklet = this;
              if (!w.__moduleGated) { return realAdd.call(worklet, url, o); }
              return new Promise(function (res, rej) {
                w.__moduleGates.push(function () { realAdd.call(worklet, url, o).then(res, rej); });
              });
            };
            w.__tones = [];
            var realStart = OscillatorNode.prototype.start;
            var realStop = OscillatorNode.prototype.stop;
            OscillatorNode.prototype.start = function (when) {
              this.__tone = { start: when, stop: null, at: this.context.currentTime };
              w.__tones.push(this.__tone);
              return realStart.apply(this, arguments);
            };
            OscillatorNode.prototype.stop = function (when) {
              if (this.__tone) { this.__tone.stop = when; }
              return realStop.apply(this, arguments);
            };
            w.__ramps = [];
            var realRamp = AudioParam.prototype.linearRampToValueAtTime;
            AudioParam.prototype.linearRampToValueAtTime = function (v, t) {
              w.__ramps.push(v);
              return realRamp.apply(this, arguments);
            };
            w.__answers = [];
            var srv = document.getElementById('microphone').$server;
            ['opened', 'unavailable'].forEach(function (m) {
              var real = srv[m];
              srv[m] = function (x) { w.__answers.push(m + ':' + x); return real.apply(srv, arguments); };
            });
            w.__mic = document.getElementById('microphone');
            """;

    private static final String LIVE_TRACKS = "return window.__streams.reduce(function (n, s) {"
            + " return n + s.getTracks().filter(function (t) { return t.readyState === 'live'; }).length; }, 0);";

    private static final String ALL_TRACKS_ENDED = "return window.__streams.length > 0 && window.__streams.every("
            + "function (s) { return s.getTracks().every(function (t) { return t.readyState === 'ended'; }); });";

    @Autowired
    MicrophoneProbe probe;

    static List<String> chromiumArguments() {
        return FakeMicrophone.arguments(FakeMicrophone.silence());
    }

    @BeforeEach
    void openTestPage() {
        probe.clear();
        driver.get("http://localhost:" + port + "/test-microphone");
        waitUntil(
                "the test page",
                () -> !driver.findElements(By.id("test-listen")).isEmpty(),
                Duration.ofSeconds(20));
        waitUntil(
                "the microphone's server side",
                () -> Boolean.TRUE.equals(js("var m = document.getElementById('microphone');"
                        + " return !!(m && m.$server && m.$server.opened && window.kioskVoice);")),
                Duration.ofSeconds(10));
        js(SPIES);
    }

    @Test
    void closedAndOpenedAgainWhileTheBrowserIsAskingForTheMicrophoneItOpensOnce() {
        js("window.__gumGated = true;");
        tap("test-listen");
        waitUntil("the browser asked for the microphone", () -> number("return window.__gumGates.length;") == 1);
        tap("test-close");
        waitUntil("closed", () -> stateShown().equals("CLOSED"));
        tap("test-listen");
        waitUntil("opening again", () -> stateShown().equals("OPENING"));

        js("window.__gumGated = false; window.__gumGates.splice(0).forEach(function (f) { f(); });");

        waitUntil("listening", () -> probe.told().contains("state:LISTENING"), Duration.ofSeconds(15));
        pause(1_000); // room for a late answer from the cancelled open
        assertThat(answers()).containsExactly("opened:s16le;rate=16000;channels=1");
        assertThat(probe.told())
                .startsWith("state:OPENING", "state:CLOSED", "state:OPENING", "state:LISTENING")
                .doesNotContain("state:UNAVAILABLE");
        assertThat(stateShown()).isIn("LISTENING", "IGNORING");
        assertThat(number(LIVE_TRACKS)).as("live microphone tracks in the page").isEqualTo(1);

        tap("test-close");
        waitUntil("every track ended after close", () -> Boolean.TRUE.equals(js(ALL_TRACKS_ENDED)));
    }

    @Test
    void closedAndOpenedAgainWhileTheCaptureLoadsItOpensOnceAndIsNotUnavailable() {
        js("window.__moduleGated = true;");
        tap("test-listen");
        waitUntil("the capture worklet loading", () -> number("return window.__moduleGates.length;") == 1);
        tap("test-close");
        waitUntil("closed", () -> stateShown().equals("CLOSED"));
        waitUntil("the cancelled open let its track go", () -> number(LIVE_TRACKS) == 0);
        tap("test-listen");
        waitUntil("opening again", () -> stateShown().equals("OPENING"));

        js("window.__moduleGated = false; window.__moduleGates.splice(0).forEach(function (f) { f(); });");

        waitUntil("listening", () -> probe.told().contains("state:LISTENING"), Duration.ofSeconds(15));
        pause(1_000);
        assertThat(answers()).containsExactly("opened:s16le;rate=16000;channels=1");
        assertThat(probe.told())
                .startsWith("state:OPENING", "state:CLOSED", "state:OPENING", "state:LISTENING")
                .doesNotContain("state:UNAVAILABLE");
        assertThat(stateShown()).isIn("LISTENING", "IGNORING");
        assertThat(number(LIVE_TRACKS)).as("live microphone tracks in the page").isEqualTo(1);
        tap("test-close");
    }

    @Test
    void closedWhileTheBrowserIsAskingTheMicrophoneItGetsIsLetGoAndNothingIsAnswered() {
        js("window.__gumGated = true;");
        tap("test-listen");
        waitUntil("the browser asked for the microphone", () -> number("return window.__gumGates.length;") == 1);
        tap("test-close");
        waitUntil("closed", () -> stateShown().equals("CLOSED"));

        js("window.__gumGated = false; window.__gumGates.splice(0).forEach(function (f) { f(); });");

        waitUntil("the stream given late was stopped", () -> Boolean.TRUE.equals(js(ALL_TRACKS_ENDED)));
        pause(500);
        assertThat(answers()).isEmpty();
        assertThat(stateShown()).isEqualTo("CLOSED");
    }

    @Test
    void theMicrophoneIsLetGoWithinASecondWhenItsElementLeavesThePage() {
        tap("test-listen");
        waitUntil("listening", () -> stateShown().equals("LISTENING"), Duration.ofSeconds(15));
        tap("test-ignore"); // held but not sending: no chunk goes out that could notice
        waitUntil("ignoring", () -> stateShown().equals("IGNORING"));
        assertThat(number(LIVE_TRACKS)).isEqualTo(1);

        tap("test-remove");
        waitUntil("the microphone off the page", () -> driver.findElements(By.id("microphone"))
                .isEmpty());
        waitUntil("every track ended", () -> Boolean.TRUE.equals(js(ALL_TRACKS_ENDED)), Duration.ofSeconds(1));
        assertThat(js("return window.__mic.__kioskVoice.context === null"
                        + " && window.__mic.__kioskVoice.stream === null;"))
                .isEqualTo(true);
    }

    @Test
    void theMicrophoneAskedForIsLetGoWhenItsElementLeavesThePageBeforeTheBrowserAnswers() {
        js("window.__gumGated = true;");
        tap("test-listen");
        waitUntil("the browser asked for the microphone", () -> number("return window.__gumGates.length;") == 1);
        tap("test-remove");
        waitUntil("the microphone off the page", () -> driver.findElements(By.id("microphone"))
                .isEmpty());

        js("window.__gumGated = false; window.__gumGates.splice(0).forEach(function (f) { f(); });");

        waitUntil("the stream given late was stopped", () -> Boolean.TRUE.equals(js(ALL_TRACKS_ENDED)));
        pause(500);
        assertThat(number(LIVE_TRACKS)).isZero();
        assertThat(answers()).isEmpty();
    }

    @Test
    void startingToListenPlaysNoToneTheCueDoesASoftShortOne() {
        tap("test-listen");
        waitUntil("listening", () -> stateShown().equals("LISTENING"), Duration.ofSeconds(15));
        waitUntil("sending", () -> Boolean.TRUE.equals(js("return window.__mic.__kioskVoice.sending;")));
        tap("test-ignore");
        waitUntil("ignoring", () -> stateShown().equals("IGNORING"));
        tap("test-listen"); // start() again on the open microphone
        waitUntil("listening again", () -> stateShown().equals("LISTENING"));
        waitUntil("sending again", () -> Boolean.TRUE.equals(js("return window.__mic.__kioskVoice.sending;")));
        pause(500);
        assertThat(number("return window.__tones.length;"))
                .as("tones played by open and start")
                .isZero();

        js("window.kioskVoice.cue(window.__mic);");
        waitUntil("the cue played", () -> number("return window.__tones.length;") == 1);
        double start = decimal("return window.__tones[0].start;");
        double stop = decimal("return window.__tones[0].stop;");
        assertThat(stop - start).as("the cue's length in seconds").isBetween(0.12, 0.2);
        double loudest = decimal("return Math.max.apply(null, window.__ramps);");
        assertThat(loudest).as("the cue's loudest gain").isGreaterThan(0.0).isLessThanOrEqualTo(0.2);
        // the cue holds no microphone and does not disturb listening
        assertThat(stateShown()).isEqualTo("LISTENING");
        assertThat(number(LIVE_TRACKS)).isEqualTo(1);
        tap("test-close");
    }

    @Test
    void aMicrophoneThatStopsByItselfIsReportedUnavailable() {
        tap("test-listen");
        waitUntil("listening", () -> stateShown().equals("LISTENING"), Duration.ofSeconds(15));

        // unplugged or permission taken back: the browser ends the track and fires 'ended'
        // (track.stop() fires no event by the specification, so the test fires it)
        js("window.__mic.__kioskVoice.stream.getTracks().forEach(function (t) {"
                + " t.stop(); t.dispatchEvent(new Event('ended')); });");

        waitUntil("unavailable", () -> stateShown().equals("UNAVAILABLE"));
        assertThat(answers()).containsExactly("opened:s16le;rate=16000;channels=1", "unavailable:ended");
        assertThat(js("return window.__mic.__kioskVoice.stream === null"
                        + " && window.__mic.__kioskVoice.context === null;"))
                .isEqualTo(true);

        // the next question asks the browser again and listens
        tap("test-listen");
        waitUntil("listening again", () -> stateShown().equals("LISTENING"), Duration.ofSeconds(15));
        assertThat(number(LIVE_TRACKS)).isEqualTo(1);
        tap("test-close");
    }

    @Test
    void startingWithoutAMicrophoneIsReportedUnavailableNotListening() {
        tap("test-listen");
        waitUntil("listening", () -> stateShown().equals("LISTENING"), Duration.ofSeconds(15));
        tap("test-ignore");
        waitUntil("ignoring", () -> stateShown().equals("IGNORING"));
        // the page lost the microphone without the server knowing
        js("window.kioskVoice.close(window.__mic);");

        tap("test-listen"); // the server thinks the microphone is open: it only calls start()

        waitUntil("unavailable", () -> stateShown().equals("UNAVAILABLE"));
        assertThat(answers()).containsExactly("opened:s16le;rate=16000;channels=1", "unavailable:no-stream");
    }

    @Test
    void aStartThatComesWhileTheMicrophoneIsStillOpeningStartsItOnceOpen() {
        // The server can take the answer to an older, already answered open for the newest one
        // and say start() while this page is still asking the browser (a close and a listen in
        // one round trip): the page must then send as soon as the microphone is there.
        js("window.__gumGated = true;");
        tap("test-listen");
        waitUntil("the browser asked for the microphone", () -> number("return window.__gumGates.length;") == 1);
        js("var srv = window.__mic.$server; srv.opened = function (f) { window.__answers.push('opened:' + f); };"
                + " window.kioskVoice.start(window.__mic);");
        assertThat(js("return window.__mic.__kioskVoice.sending;")).isEqualTo(false);

        js("window.__gumGated = false; window.__gumGates.splice(0).forEach(function (f) { f(); });");

        waitUntil("opened", () -> answers().contains("opened:s16le;rate=16000;channels=1"));
        assertThat(js("return window.__mic.__kioskVoice.sending;")).isEqualTo(true);
        waitUntil("audio sent", () -> number("return window.__mic.__kioskVoice.sent;") > 0);
        assertThat(stateShown())
                .as("the server was not told (the test kept the answer)")
                .isEqualTo("OPENING");
        js("window.kioskVoice.close(window.__mic);");
        waitUntil("every track ended", () -> Boolean.TRUE.equals(js(ALL_TRACKS_ENDED)));
    }

    // ---- helpers ----

    private Object js(String script) {
        return driver.executeScript(script);
    }

    private long number(String script) {
        return ((Number) js(script)).longValue();
    }

    private double decimal(String script) {
        return ((Number) js(script)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> answers() {
        return (List<String>) js("return window.__answers.slice();");
    }

    private void tap(String id) {
        driver.findElement(By.id(id)).click();
    }

    private String stateShown() {
        return driver.findElement(By.id("test-state")).getText();
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, condition, Duration.ofSeconds(5));
    }

    private void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("%s within %s; the server was told %s", what, timeout, probe.told())
                    .isLessThan(end);
            pause(25);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
