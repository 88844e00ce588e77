package org.clinic.kiosk.voice;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clinic.kiosk.BenchmarkKiosk;
import org.clinic.kiosk.voice.audio.AudioChunk;
import org.clinic.kiosk.voice.audio.ListeningSession;
import org.clinic.kiosk.voice.recognition.AudioFormat;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizer;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.clinic.kiosk.voice.ui.MicrophoneProbe;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.web.socket.server.standard.ServerEndpointExporter;

/**
 * Microphone transport figures: {@code ./kiosk bench transport}. The real kiosk on a free port
 * (scripted recognizer at the boundary) and headless Chromium; in the page, 100 ms chunks of
 * 16 kHz 16-bit audio (3,200 bytes) go one at a time, each waiting for its reply, through:
 * <ol>
 *   <li>the element-scoped request handler the kiosk uses (a raw POST to the Microphone's own
 *       address, as voice.js sends it), into the real {@link ListeningSession};</li>
 *   <li>a test-only {@code jakarta.websocket} endpoint doing the same work (a ListeningSession per
 *       connection, one reply per chunk).</li>
 * </ol>
 * Round trip = from the browser starting the send to the reply in the page, median and 95th
 * percentile. Then the end of a question to the words shown: from the start of the POST whose
 * reply says the question ended to the heard words in the page (the reply's sync flag makes the
 * script fetch them; the app has no server push).
 */
public final class TransportBenchmark {

    private static final int CHUNKS_PER_QUESTION = 100;
    private static final int QUESTIONS = 3;
    private static final int ENDS = 21;

    /** Set before the app starts: what the WebSocket endpoint feeds. */
    static volatile SpeechRecognizer recognizer;

    static volatile VoiceSettings voice;

    private TransportBenchmark() {}

    /** The benchmark's beans: not a @Configuration, so the app tests' component scan never picks it up. */
    static class Bench {
        @Bean
        @Primary
        ScriptedRecognizer benchRecognizer() {
            return new ScriptedRecognizer();
        }

        @Bean
        MicrophoneProbe microphoneProbe() {
            return new MicrophoneProbe();
        }

        @Bean
        ServerEndpointExporter serverEndpointExporter() {
            ServerEndpointExporter exporter = new ServerEndpointExporter();
            exporter.setAnnotatedEndpointClasses(AudioSocket.class);
            return exporter;
        }
    }

    /** The WebSocket alternative: the same pipeline behind a socket instead of POSTs. */
    @ServerEndpoint("/bench-audio")
    public static class AudioSocket {
        private static final Map<String, ListeningSession> SESSIONS = new ConcurrentHashMap<>();

        @OnOpen
        public void open(Session session) {
            ListeningSession listening = new ListeningSession(recognizer, voice, new ListeningSession.Events() {
                @Override
                public void partial(Transcript heard) {}

                @Override
                public void heard(Transcript heard) {}

                @Override
                public void nothingHeard() {}
            });
            SESSIONS.put(session.getId(), listening);
        }

        @OnMessage
        public void chunk(Session session, ByteBuffer data) throws IOException, InterruptedException {
            ListeningSession listening = SESSIONS.get(session.getId());
            if (!listening.listening()) {
                listening.listen(new Vocabulary(List.of("hospice", "[unk]")));
            }
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            ListeningSession.Offer offer = listening.offer(new AudioChunk(AudioFormat.RECOGNIZER, bytes));
            if (offer == ListeningSession.Offer.ACCEPTED) {
                listening.awaitIdle(Duration.ofSeconds(3));
            }
            session.getBasicRemote().sendText("{\"listening\":" + listening.listening() + ",\"sync\":false}");
        }

        @OnClose
        public void close(Session session) {
            ListeningSession listening = SESSIONS.remove(session.getId());
            if (listening != null) {
                listening.close();
            }
        }
    }

    /** Sends {@code n} chunks of a loud tone one at a time; returns each round trip in ms. */
    private static final String POSTS = """
            const done = arguments[arguments.length - 1];
            const n = arguments[0];
            const el = document.getElementById('microphone');
            const url = new URL(el.getAttribute('data-audio'), document.baseURI).href;
            const chunk = new Int16Array(1600);
            for (let i = 0; i < 1600; i++) { chunk[i] = Math.round(8000 * Math.sin(2 * Math.PI * 300 * i / 16000)); }
            (async () => {
              const times = [];
              for (let i = 0; i < n; i++) {
                const t0 = performance.now();
                const r = await fetch(url, {method: 'POST', credentials: 'same-origin', cache: 'no-store',
                    headers: {'X-Kiosk-Audio': 's16le;rate=16000;channels=1'}, body: chunk.buffer});
                await r.json();
                times.push(performance.now() - t0);
              }
              done(times);
            })().catch(e => done(String(e)));
            """;

    private static final String SOCKET = """
            const done = arguments[arguments.length - 1];
            const n = arguments[0];
            const ws = new WebSocket(location.origin.replace('http', 'ws') + '/bench-audio');
            ws.binaryType = 'arraybuffer';
            const chunk = new Int16Array(1600);
            for (let i = 0; i < 1600; i++) { chunk[i] = Math.round(8000 * Math.sin(2 * Math.PI * 300 * i / 16000)); }
            const times = [];
            let t0 = 0;
            ws.onmessage = () => {
              times.push(performance.now() - t0);
              if (times.length === n) { ws.close(); done(times); return; }
              t0 = performance.now(); ws.send(chunk.buffer);
            };
            ws.onerror = () => done('websocket error');
            ws.onopen = () => { t0 = performance.now(); ws.send(chunk.buffer); };
            """;

    /**
     * One question: 300 ms of quiet (the listening cue), 1 s of tone then quiet, chunk by chunk, until a reply says it ended; then the
     * time from the start of that POST until the heard words are in the page.
     */
    private static final String END_TO_WORDS = """
            const done = arguments[arguments.length - 1];
            const el = document.getElementById('microphone');
            const url = new URL(el.getAttribute('data-audio'), document.baseURI).href;
            const words = document.getElementById('test-words');
            words.textContent = '';
            const tone = new Int16Array(1600);
            for (let i = 0; i < 1600; i++) { tone[i] = Math.round(8000 * Math.sin(2 * Math.PI * 300 * i / 16000)); }
            const quiet = new Int16Array(1600);
            for (let i = 0; i < 1600; i++) { quiet[i] = Math.round(30 * Math.sin(i)); }
            (async () => {
              let lastStart = 0;
              for (let i = 0; i < 60; i++) {
                lastStart = performance.now();
                const r = await fetch(url, {method: 'POST', credentials: 'same-origin', cache: 'no-store',
                    headers: {'X-Kiosk-Audio': 's16le;rate=16000;channels=1'}, body: (i >= 3 && i < 13 ? tone : quiet).buffer});
                const reply = await r.json();
                if (reply.sync) { el.$server.sync(); }
                if (!reply.listening) { break; }
              }
              const start = performance.now();
              while (words.textContent !== 'hospice') {
                if (performance.now() - start > 5000) { done('words never shown'); return; }
                await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
              }
              done(performance.now() - lastStart);
            })().catch(e => done(String(e)));
            """;

    public static void main(String[] args) throws Exception {
        if (!BenchmarkKiosk.browserInstalled()) {
            System.out.println("Chromium is not installed: no transport figures.");
            return;
        }
        ConfigurableApplicationContext app = BenchmarkKiosk.start(Bench.class);
        ScriptedRecognizer scripted = app.getBean(ScriptedRecognizer.class);
        recognizer = scripted;
        voice = app.getBean(VoiceSettings.class);
        ChromeDriver driver = BenchmarkKiosk.chromium(
                1280, 800, List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        try {
            String base = BenchmarkKiosk.baseUrl(app);
            driver.get(base + "/test-microphone");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(d -> !d.findElements(By.id("test-listen")).isEmpty());

            List<Double> posts = new ArrayList<>();
            List<Double> sockets = new ArrayList<>();
            for (int q = 0; q <= QUESTIONS; q++) {
                listen(driver, wait);
                List<Double> p = doubles(driver.executeAsyncScript(POSTS, CHUNKS_PER_QUESTION));
                List<Double> s = doubles(driver.executeAsyncScript(SOCKET, CHUNKS_PER_QUESTION));
                if (q > 0) { // the first round warms up both paths
                    posts.addAll(p);
                    sockets.addAll(s);
                }
            }
            double[] ends = new double[ENDS + 1];
            for (int i = 0; i <= ENDS; i++) {
                scripted.willHear("hospice");
                listen(driver, wait);
                Object result = driver.executeAsyncScript(END_TO_WORDS);
                if (!(result instanceof Number n)) {
                    throw new IllegalStateException("end of question: " + result);
                }
                ends[i] = n.doubleValue();
            }
            double[] endFigures = Arrays.copyOfRange(ends, 1, ends.length);
            System.out.println(
                    "Microphone transport, one 100 ms chunk (3,200 bytes) at a time, round trip in the browser:");
            System.out.printf(
                    "  element-handler POST: median %.2f ms, p95 %.2f ms (%d chunks)%n",
                    percentile(posts, 50), percentile(posts, 95), posts.size());
            System.out.printf(
                    "  WebSocket:            median %.2f ms, p95 %.2f ms (%d chunks)%n",
                    percentile(sockets, 50), percentile(sockets, 95), sockets.size());
            List<Double> e = Arrays.stream(endFigures).boxed().toList();
            System.out.printf(
                    "End of question (start of the last POST) to the heard words in the page: median %.2f ms, p95 %.2f ms (%d questions)%n",
                    percentile(e, 50), percentile(e, 95), e.size());
        } finally {
            driver.quit();
            app.close();
        }
    }

    /** Taps Listen on the test page and stops the fake microphone's own sending. */
    private static void listen(ChromeDriver driver, WebDriverWait wait) {
        driver.findElement(By.id("test-listen")).click();
        wait.until(d -> d.findElement(By.id("test-state")).getText().equals("LISTENING"));
        ((JavascriptExecutor) driver).executeScript("window.kioskVoice.stop(document.getElementById('microphone'));");
    }

    private static List<Double> doubles(Object result) {
        if (!(result instanceof List<?> list)) {
            throw new IllegalStateException("the page said: " + result);
        }
        return list.stream().map(v -> ((Number) v).doubleValue()).toList();
    }

    private static double percentile(List<Double> values, int p) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
