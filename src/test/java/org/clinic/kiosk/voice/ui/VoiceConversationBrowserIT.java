package org.clinic.kiosk.voice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.clinic.kiosk.BrowserTest;
import org.clinic.kiosk.KioskPage;
import org.clinic.kiosk.shell.KioskSettings;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.usage.StoredEvents;
import org.clinic.kiosk.usage.UsageLog;
import org.clinic.kiosk.voice.AudioOnDisk;
import org.clinic.kiosk.voice.FakeMicrophone;
import org.clinic.kiosk.voice.recognition.pocketsphinx.TestPocketSphinx;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A spoken conversation on the real kiosk screens in real Chromium, heard by the real PocketSphinx
 * ({@code kiosk.voice.engine=pocketsphinx}, Debian's model): the fake microphone plays, in a loop,
 * a question FreeTTS spoke and then, again and again, the follow-up "go back". After one real
 * click on Talk, nothing is touched but Stop: the kiosk hears the question, opens the topic and
 * reads it aloud without listening to itself, listens again by itself after Stop, goes back on the
 * follow-up, counts only outcomes, writes no audio, and lets go of the microphone at the idle reset.
 */
@Import(PocketSphinxTestConfiguration.class)
class VoiceConversationBrowserIT extends BrowserTest {

    private static final String QUESTION = "tell me about hospice";
    private static final String FOLLOW_UP = "go back";
    private static FakeMicrophone.Spoken fixture;

    @DynamicPropertySource
    static void listenWithPocketSphinx(DynamicPropertyRegistry registry) {
        TestPocketSphinx.assumeInstalled();
        registry.add("kiosk.voice.engine", () -> "pocketsphinx");
    }

    @Autowired
    private RecordingRecognizer recording;

    @Autowired
    private KioskSettings settings;

    @Autowired
    private UsageLog usageLog;

    @Autowired
    private TopicCatalog catalog;

    /**
     * The fake microphone: 0.5 s of quiet, the question, then twelve times 2 s of quiet (well over
     * the 0.6 s endpoint silence) and "go back", looped by Chromium from when the page opens the
     * microphone. Talk opens it, so the question comes first; whenever the kiosk listens again
     * after the reading, the next words it hears whole are "go back".
     */
    static List<String> chromiumArguments() {
        fixture = FakeMicrophone.conversation("hospice-conversation.wav", QUESTION, FOLLOW_UP, 12, 0.5, 2.0);
        return FakeMicrophone.arguments(fixture.wav());
    }

    /** Records, in the page, every text the mic indicator and the heard line show, as they change. */
    private static final String WATCH_VOICE_PANEL = """
            window.__voiceSeen = {indicator: [], heard: []};
            const note = () => {
              const i = document.querySelector('#mic-indicator .mic-text');
              const h = document.getElementById('heard');
              const add = (list, v) => { if (v !== null && list[list.length - 1] !== v) { list.push(v); } };
              add(window.__voiceSeen.indicator, i ? i.textContent : null);
              add(window.__voiceSeen.heard, h ? h.textContent : null);
            };
            new MutationObserver(note).observe(document.body, {subtree: true, childList: true, characterData: true});
            note();
            """;

    private static void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("%s within %s", what, timeout).isLessThan(end);
            pause(50);
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

    /** The screen's heading, read in the page (a screen being replaced is no error, just not yet there). */
    private static String heading(KioskPage page) {
        Object h =
                page.script("const h = document.querySelector('#content h1'); return h ? h.textContent.trim() : '';");
        return (String) h;
    }

    /** Audio chunks the page has posted so far (voice.js counts the replies). */
    private static long sentChunks(KioskPage page) {
        return ((Number) page.script("return document.getElementById('microphone').__kioskVoice.sent;")).longValue();
    }

    private static String indicator(KioskPage page) {
        return (String) page.script("return document.querySelector('#mic-indicator .mic-text').textContent;");
    }

    @SuppressWarnings("unchecked")
    private static List<String> seen(KioskPage page, String which) {
        return (List<String>) page.script("return window.__voiceSeen[arguments[0]];", which);
    }

    /** The read-aloud sound really playing in the page: not paused, and its time moving on. */
    private static boolean audioPlaying(KioskPage page) {
        return Boolean.TRUE.equals(page.script("const a = document.getElementById('speech-audio');"
                + " return !!a.getAttribute('src') && !a.paused && !a.ended && a.currentTime > 0;"));
    }

    private long lastEventId() throws Exception {
        return new StoredEvents(usageLog, settings.dataDir()).lastId();
    }

    /** The events stored after {@code since}, as "kind detail topic". */
    private List<String> storedEvents(long since) throws Exception {
        return new StoredEvents(usageLog, settings.dataDir()).after(since);
    }

    /** Everything in the usage log's files (database and write-ahead log), as text. */
    private String usageFilesAsText() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String name : List.of("usage.db", "usage.db-wal", "usage.db-journal")) {
            Path file = settings.dataDir().resolve(name);
            if (Files.isRegularFile(file)) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    /** Samples the recognizer received, over every utterance so far. */
    private long samplesReceived() {
        return recording.samples().stream().mapToLong(u -> u.length).sum();
    }

    @Test
    void aSpokenQuestionOpensTheTopicWhichIsReadAloudThenAFollowUpGoesBackAndTheResetReleasesTheMicrophone()
            throws Exception {
        waitUntil("PocketSphinx loaded", () -> recording.status().ready(), Duration.ofSeconds(120));
        Map<Path, Long> before = AudioOnDisk.snapshot();
        AudioOnDisk.WriteWatch watch = AudioOnDisk.WriteWatch.start();
        recording.clear();
        String hospice = catalog.byId("hospice-care").orElseThrow().title();

        KioskPage page = open("home");
        String home = page.heading();
        long since = lastEventId();
        assertThat(indicator(page)).isEqualTo(MicIndicator.OFF);
        page.script(WATCH_VOICE_PANEL);

        // the only touch until Stop: Talk
        page.tap("talk");
        waitUntil("the hospice topic opened by voice", () -> hospice.equals(heading(page)), Duration.ofSeconds(40));

        // while listening the indicator said so, and the words appeared as they were heard, before
        // the whole question was
        assertThat(seen(page, "indicator")).contains(MicIndicator.LISTENING);
        List<String> heard =
                seen(page, "heard").stream().filter(h -> !h.isEmpty()).toList();
        System.out.println("Conversation, heard lines: " + heard);
        assertThat(heard.getLast()).startsWith("I heard: ").contains("hospice");
        assertThat(heard).as("partial words shown before the whole question").hasSizeGreaterThan(1);

        // What the recognizer was fed: 16 kHz mono samples of one question. Chromium plays the WAV
        // in a loop from when the microphone opened, and the listening cue and the first chunks
        // fall somewhere in its leading quiet, so the comparison is bounded to the speech itself:
        // the span from the first to the last loud frame (35 dB under the loudest, whatever gain
        // the browser applied) in what the server received, against the same span in the WAV's
        // own samples. A wrong rate anywhere (48 kHz taken as 16 kHz, a missed resampling,
        // dropped or doubled chunks) would stretch or shrink it far more than 5 %.
        waitUntil("the question's utterance closed", () -> recording.closes().getFirst() > 0, Duration.ofSeconds(5));
        short[] received = recording.samples().getFirst();
        int[] heardSpan = FakeMicrophone.speechSpan(received);
        int[] wavSpan = FakeMicrophone.speechSpan(fixture.speech());
        double heardSeconds = (heardSpan[1] - heardSpan[0]) / (double) FakeMicrophone.RATE;
        double wavSeconds = (wavSpan[1] - wavSpan[0]) / (double) FakeMicrophone.RATE;
        System.out.printf(
                "Conversation: received %.3f s, speech %.3f s (WAV speech %.3f s)%n",
                received.length / (double) FakeMicrophone.RATE, heardSeconds, wavSeconds);
        assertThat(heardSeconds).isCloseTo(wavSeconds, withinPercentage(5));
        // and the question ended by the endpoint: its 600 ms of quiet after the speech, to a frame or two
        assertThat((received.length - heardSpan[1]) / (double) FakeMicrophone.RATE)
                .isBetween(0.55, 0.70);

        // the answer is spoken: the read-aloud sound plays in the page, and the kiosk does not
        // listen to itself meanwhile (no new utterance, not one more sample to the recognizer)
        waitUntil("the topic read aloud in the page", () -> audioPlaying(page), Duration.ofSeconds(30));
        assertThat(page.text("speech-status")).isNotBlank();
        assertThat(page.script("return document.getElementById('speech-status').getAttribute('data-state');"))
                .isEqualTo("playing");
        waitUntil(
                "the indicator saying it does not listen",
                () -> MicIndicator.SPEAKING.equals(indicator(page)),
                Duration.ofSeconds(5));
        long posts = sentChunks(page);
        int utterances = recording.samples().size();
        long samples = samplesReceived();
        double played =
                ((Number) page.script("return document.getElementById('speech-audio').currentTime;")).doubleValue();
        pause(2_000);
        assertThat(audioPlaying(page)).as("still reading").isTrue();
        double playedLater =
                ((Number) page.script("return document.getElementById('speech-audio').currentTime;")).doubleValue();
        assertThat(playedLater).as("the sound moves on").isGreaterThan(played);
        assertThat(indicator(page)).isEqualTo(MicIndicator.SPEAKING);
        assertThat(utterances).isEqualTo(1);
        assertThat(recording.samples()).hasSize(utterances);
        assertThat(samplesReceived())
                .as("audio reaching the recognizer while the kiosk speaks")
                .isEqualTo(samples);
        assertThat(sentChunks(page))
                .as("audio POSTs from the page while the kiosk speaks")
                .isEqualTo(posts);

        // a touch on Stop interrupts; the kiosk listens again by itself and hears the follow-up
        // (if it starts listening halfway through a "go back", that piece is not understood, the
        // kiosk says so, and the next "go back" is heard whole)
        page.tap("speech-stop");
        waitUntil("the reading stopped", () -> !audioPlaying(page), Duration.ofSeconds(5));
        waitUntil("listening again", () -> MicIndicator.LISTENING.equals(indicator(page)), Duration.ofSeconds(10));
        waitUntil("back to the previous screen", () -> home.equals(heading(page)), Duration.ofSeconds(60));
        assertThat(recording.samples().size()).isGreaterThanOrEqualTo(2);
        List<String> heardLater = seen(page, "heard");
        System.out.println("Conversation, heard lines: " + heardLater);
        assertThat(heardLater).anyMatch(h -> h.startsWith("I heard: ") && h.contains("back"));

        // stored: outcomes and how the topic was reached, never words
        List<String> events = storedEvents(since);
        System.out.println("Conversation events: " + events);
        assertThat(events)
                .startsWith("voice_question matched_topic", "topic_viewed voice hospice-care", "read_aloud")
                .endsWith("voice_question matched_command");
        assertThat(events.subList(3, events.size() - 1)).allMatch("voice_question not_understood"::equals);
        String usageFiles = usageFilesAsText();
        for (String words : List.of(QUESTION, "about hospice", "tell me", "go back")) {
            assertThat(usageFiles).as("the usage log's files").doesNotContain(words);
        }

        // idle reset: the next patient finds the microphone off, really released in the page
        clock.advance(Duration.ofSeconds(settings.idleSeconds() + settings.warningSeconds() + 5));
        waitUntil(
                "the microphone off after the reset",
                () -> MicIndicator.OFF.equals(indicator(page)),
                Duration.ofSeconds(15));
        waitUntil(
                "every microphone track ended",
                () -> Boolean.TRUE.equals(page.script("const v = document.getElementById('microphone').__kioskVoice;"
                        + " return v.tracks.length > 0 && v.tracks.every(t => t.readyState === 'ended')"
                        + " && v.stream === null;")),
                Duration.ofSeconds(10));
        waitUntil("the welcome screen for the next patient", () -> page.shows("start"), Duration.ofSeconds(10));
        assertThat(storedEvents(since)).last().isEqualTo("visit_ended idle_reset");

        // every utterance, the one cut by the reset included, closed exactly once
        int begun = recording.closes().size();
        waitUntil(
                "every utterance closed",
                () -> recording.closes().stream().allMatch(c -> c > 0),
                Duration.ofSeconds(5));
        pause(500);
        assertThat(recording.closes()).hasSize(begun);
        assertThat(recording.closes()).allSatisfy(c -> assertThat(c).isEqualTo(1));

        assertThat(watch.stop()).as("files the server held open for writing").isEmpty();
        assertThat(AudioOnDisk.writtenSince(before))
                .as("files written during the conversation")
                .isEmpty();
    }
}
