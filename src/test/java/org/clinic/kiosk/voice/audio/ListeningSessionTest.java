package org.clinic.kiosk.voice.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinic.kiosk.voice.recognition.AudioFormat;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizer;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ListeningSessionTest {

    private static final int RATE = 16_000;
    private static final Vocabulary GRAMMAR =
            new Vocabulary(List.of("hospice", "hospice care", "what is", "go back", Transcript.UNKNOWN));
    /** The wake phrase's tiny grammar: unknown words are the normal case there. */
    private static final Vocabulary WAKE = new Vocabulary(List.of("hello kiosk", Transcript.UNKNOWN));

    private final ScriptedRecognizer recognizer = new ScriptedRecognizer();
    private final Recorder events = new Recorder();
    private ListeningSession session;

    @AfterEach
    void closeSession() throws InterruptedException {
        if (session != null) {
            session.close();
            assertThat(session.awaitClosed(Duration.ofSeconds(5))).isTrue();
        }
    }

    /** What the session told, in order, as text: "partial:...", "heard:...", "nothing". */
    static final class Recorder implements ListeningSession.Events {
        final LinkedBlockingQueue<String> told = new LinkedBlockingQueue<>();
        final List<Thread> threads = new ArrayList<>();

        @Override
        public void partial(Transcript heard) {
            threads.add(Thread.currentThread());
            told.add("partial:" + heard.text());
        }

        @Override
        public void heard(Transcript heard) {
            threads.add(Thread.currentThread());
            told.add("heard:" + String.join(" | ", heard.heard()));
        }

        @Override
        public void nothingHeard() {
            threads.add(Thread.currentThread());
            told.add("nothing");
        }

        /** Waits for the question's end; returns everything told up to it. */
        List<String> untilEnd() throws InterruptedException {
            List<String> all = new ArrayList<>();
            while (true) {
                String next = told.poll(10, TimeUnit.SECONDS);
                assertThat(next).as("an event within 10 s, after %s", all).isNotNull();
                all.add(next);
                if (!next.startsWith("partial:")) {
                    return all;
                }
            }
        }
    }

    private static float[] question(double leadSeconds, double speechSeconds, double afterSeconds) {
        return Sound.join(
                Sound.noise(0.002, leadSeconds, RATE, 1),
                Sound.add(Sound.tone(220, 0.1, speechSeconds, RATE), Sound.noise(0.002, speechSeconds, RATE, 2)),
                Sound.noise(0.002, afterSeconds, RATE, 3));
    }

    /** Offers {@code audio} in 100 ms chunks, waiting whenever the queue is full. */
    private void send(AudioFormat format, byte[] bytes) throws InterruptedException {
        int chunk = format.bytesPerFrame() * format.sampleRate() / 10;
        for (int at = 0; at < bytes.length; at += chunk) {
            AudioChunk c = new AudioChunk(format, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + chunk)));
            ListeningSession.Offer offer;
            while ((offer = session.offer(c)) == ListeningSession.Offer.FULL) {
                Thread.sleep(1);
            }
            if (offer == ListeningSession.Offer.NOT_LISTENING) {
                return; // the question ended; the browser would stop sending now
            }
        }
    }

    private void send(float[] audio) throws InterruptedException {
        send(AudioFormat.RECOGNIZER, Sound.bytes(AudioFormat.RECOGNIZER, audio));
    }

    @Test
    void aQuestionIsHeardWithPartialsAndItsUtteranceIsClosedOnce() throws InterruptedException {
        session = new ListeningSession(recognizer, Sound.settings(), events);
        recognizer.willHear("what is hospice care");
        session.listen(GRAMMAR);
        send(question(0.3, 1.2, 3));

        List<String> told = events.untilEnd();
        assertThat(told).last().isEqualTo("heard:what is hospice care");
        assertThat(told).contains("partial:what", "partial:what is");
        assertThat(recognizer.utterances()).hasSize(1);
        ScriptedRecognizer.Heard u = recognizer.utterances().getFirst();
        assertThat(u.vocabulary()).isEqualTo(GRAMMAR);
        assertThat(u.closes()).isEqualTo(1);
        assertThat(u.finished()).isTrue();
        // audio up to the end point only: 1.5 s of sound and the 600 ms of quiet after it
        assertThat(u.samples()).isBetween((long) (2.1 * RATE), (long) (2.1 * RATE) + 2 * Endpointer.FRAME);
        assertThat(session.listening()).isFalse();
        assertThat(events.threads).allMatch(t -> t == events.threads.getFirst());
    }

    @Test
    void theEnginesOtherLikelyTranscriptsComeWithTheQuestionWithoutUnknownMarksOrRepeats() throws InterruptedException {
        session = new ListeningSession(recognizer, Sound.settings(), events);
        recognizer.willHear(
                "what is hostess care | what is hospice care | what is [unk] hospice care | what is hostess care");
        session.listen(GRAMMAR);
        send(question(0.3, 1.2, 3));

        assertThat(events.untilEnd()).last().isEqualTo("heard:what is hostess care | what is hospice care");
    }

    @Test
    void browserAudioAt48kFloatStereoIsConvertedBeforeRecognition() throws InterruptedException {
        session = new ListeningSession(recognizer, Sound.settings(), events);
        recognizer.willHear("hospice");
        session.listen(GRAMMAR);
        AudioFormat browser = new AudioFormat(AudioFormat.Encoding.F32LE, 48_000, 2);
        float[] audio = Sound.join(
                Sound.noise(0.002, 0.3, 48_000, 1),
                Sound.add(Sound.tone(220, 0.1, 1.2, 48_000), Sound.noise(0.002, 1.2, 48_000, 2)),
                Sound.noise(0.002, 3, 48_000, 3));
        send(browser, Sound.bytes(browser, audio));

        assertThat(events.untilEnd()).last().isEqualTo("heard:hospice");
        long samples = recognizer.utterances().getFirst().samples();
        assertThat(samples).isBetween((long) (2.1 * RATE) - 32, (long) (2.1 * RATE) + 2 * Endpointer.FRAME);
    }

    @Test
    void aMostlyUnknownResultIsHeardOnceWithItsOtherWordsAndNeverDecodedAgain() throws InterruptedException {
        session = new ListeningSession(recognizer, Sound.settings(), events);
        recognizer.willHear("[unk] [unk] hospice", "can my dog visit me in hospice");
        session.listen(GRAMMAR);
        send(question(0.3, 1.2, 3));

        // the matcher decides what "hospice" alone means; the audio is not recognized a second time
        assertThat(events.untilEnd()).last().isEqualTo("heard:hospice");
        assertThat(recognizer.utterances()).hasSize(1);
        assertThat(recognizer.utterances().getFirst().closes()).isEqualTo(1);
    }

    @Test
    void anEmptyResultAfterSpeechIsNothingHeardWithoutASecondDecode() throws InterruptedException {
        session = new ListeningSession(recognizer, Sound.settings(), events);
        recognizer.willHear("", "can my dog visit me in hospice");
        session.listen(GRAMMAR);
        send(question(0.3, 1.2, 3));

        assertThat(events.untilEnd()).containsExactly("nothing");
        assertThat(recognizer.utterances()).hasSize(1);
        assertThat(recognizer.utterances().getFirst().finished()).isTrue();
        assertThat(recognizer.utterances().getFirst().closes()).isEqualTo(1);
    }

    @Test
    void onlyUnknownWordsThroughTheWakeGrammarAreNothingHeard() throws InterruptedException {
        session = new ListeningSession(recognizer, Sound.settings(), events);
        recognizer.willHear("[unk] [unk] [unk]", "hello kiosk");
        session.listen(WAKE);
        send(question(0.3, 1.2, 3));

        assertThat(events.untilEnd()).last().isEqualTo("nothing");
        assertThat(recognizer.utterances()).hasSize(1);
        assertThat(recognizer.utterances().getFirst().closes()).isEqualTo(1);
    }

    @Test
    void wordsOutsideTheGrammarAreKeptAndOnlyUnknownMarkersDropped() throws InterruptedException {
        // a grammar is a bias (and a model with a full graph ignores it): every word heard is passed on
        session = new ListeningSession(recognizer, Sound.settings(), events);
        recognizer.willHear("hospice banana care [unk] go");
        session.listen(GRAMMAR);
        send(question(0.3, 1.2, 3));

        List<String> told = events.untilEnd();
        assertThat(told).last().isEqualTo("heard:hospice banana care go");
        assertThat(told).contains("partial:hospice banana care").noneMatch(e -> e.contains("[unk]"));
        assertThat(recognizer.utterances()).hasSize(1);
    }

    @Test
    void silenceIsNothingHeardAtTheTimeout() throws InterruptedException {
        session =
                new ListeningSession(recognizer, Sound.settings(Duration.ofSeconds(2), Duration.ofSeconds(15)), events);
        recognizer.willHear("hospice");
        session.listen(GRAMMAR);
        send(Sound.noise(0.002, 4, RATE, 5));

        // (the scripted recognizer shows partial words whatever it is fed; the end point decides)
        assertThat(events.untilEnd()).last().isEqualTo("nothing");
        ScriptedRecognizer.Heard u = recognizer.utterances().getFirst();
        assertThat(u.samples()).isEqualTo(2L * RATE);
        assertThat(u.closes()).isEqualTo(1);
        assertThat(u.finished()).isFalse();
    }

    @Test
    void onlyUnknownWordsAreNothingHeard() throws InterruptedException {
        session = new ListeningSession(recognizer, Sound.settings(), events);
        recognizer.willHear("[unk]", "hospice");
        session.listen(GRAMMAR);
        send(question(0.3, 1, 3));
        assertThat(events.untilEnd()).containsExactly("nothing");
        assertThat(recognizer.utterances()).hasSize(1).allMatch(u -> u.closes() == 1);
    }

    @Test
    void endlessSoundIsCutAtTheLongestQuestion() throws InterruptedException {
        session =
                new ListeningSession(recognizer, Sound.settings(Duration.ofSeconds(8), Duration.ofSeconds(3)), events);
        recognizer.willHear("go back");
        session.listen(GRAMMAR);
        send(question(0.3, 10, 0));

        assertThat(events.untilEnd()).last().isEqualTo("heard:go back");
        assertThat(recognizer.utterances().getFirst().samples()).isEqualTo(3L * RATE);
    }

    /** A recognizer that fails where a test says, counting closes and threads like the scripted one. */
    static final class FailingRecognizer implements SpeechRecognizer {
        final boolean failToBegin;
        final boolean failToFinish;
        final AtomicInteger closes = new AtomicInteger();

        FailingRecognizer(boolean failToBegin, boolean failToFinish) {
            this.failToBegin = failToBegin;
            this.failToFinish = failToFinish;
        }

        @Override
        public RecognizerStatus status() {
            return RecognizerStatus.ready("failing", "fails on purpose");
        }

        @Override
        public Utterance begin(Vocabulary vocabulary) {
            if (failToBegin) {
                throw new RecognizerException("cannot begin");
            }
            return new Utterance() {
                int fed;

                @Override
                public Transcript accept(short[] samples, int length) {
                    fed += length;
                    if (!failToFinish && fed > RATE) {
                        throw new RecognizerException("engine failed");
                    }
                    return Transcript.NOTHING;
                }

                @Override
                public Transcript finish() {
                    throw new IllegalStateException("engine failed at the end");
                }

                @Override
                public void close() {
                    closes.incrementAndGet();
                }
            };
        }
    }

    @Test
    void aRecognizerFailingMidQuestionIsNothingHeardClosedOnceAndTheSessionGoesOn() throws InterruptedException {
        FailingRecognizer failing = new FailingRecognizer(false, false);
        session = new ListeningSession(failing, Sound.settings(), events);
        session.listen(GRAMMAR);
        send(question(0.3, 3, 1));
        assertThat(events.untilEnd()).containsExactly("nothing");
        assertThat(failing.closes.get()).isEqualTo(1);

        session.listen(GRAMMAR); // the next question still works
        send(question(0.3, 3, 1));
        assertThat(events.untilEnd()).containsExactly("nothing");
        assertThat(failing.closes.get()).isEqualTo(2);
    }

    @Test
    void aRecognizerFailingAtTheEndOrAtTheStartIsNothingHeard() throws InterruptedException {
        FailingRecognizer atEnd = new FailingRecognizer(false, true);
        session = new ListeningSession(atEnd, Sound.settings(), events);
        session.listen(GRAMMAR);
        send(question(0.3, 0.5, 2));
        assertThat(events.untilEnd()).containsExactly("nothing");
        assertThat(atEnd.closes.get()).isEqualTo(1);
        session.close();

        Recorder more = new Recorder();
        session = new ListeningSession(new FailingRecognizer(true, false), Sound.settings(), more);
        session.listen(GRAMMAR);
        assertThat(more.untilEnd()).containsExactly("nothing");
        assertThat(session.offer(new AudioChunk(AudioFormat.RECOGNIZER, new byte[3_200])))
                .isEqualTo(ListeningSession.Offer.NOT_LISTENING);
    }

    @Test
    void ignoringDropsTheQuestionClosesItsUtteranceAndTellsNothing() throws InterruptedException {
        session = new ListeningSession(recognizer, Sound.settings(), events);
        recognizer.willHear("hospice", "go back");
        session.listen(GRAMMAR);
        float[] q = question(0.3, 1, 0);
        send(q);
        session.ignore();
        assertThat(session.offer(new AudioChunk(AudioFormat.RECOGNIZER, new byte[3_200])))
                .isEqualTo(ListeningSession.Offer.NOT_LISTENING);
        session.listen(GRAMMAR);
        send(question(0.3, 1, 2));
        List<String> told = events.untilEnd();
        assertThat(told).last().isEqualTo("heard:go back");
        assertThat(recognizer.utterances()).hasSize(2).allMatch(u -> u.closes() == 1);
        assertThat(recognizer.utterances().getFirst().finished()).isFalse();
    }

    @Test
    void closingClosesTheUtteranceInProgressAndRefusesAudio() throws InterruptedException {
        session = new ListeningSession(recognizer, Sound.settings(), events);
        recognizer.willHear("hospice");
        session.listen(GRAMMAR);
        send(question(0.3, 1, 0));
        session.close();
        assertThat(session.awaitClosed(Duration.ofSeconds(5))).isTrue();
        assertThat(recognizer.utterances().getFirst().closes()).isEqualTo(1);
        assertThat(session.offer(new AudioChunk(AudioFormat.RECOGNIZER, new byte[3_200])))
                .isEqualTo(ListeningSession.Offer.NOT_LISTENING);
        assertThat(events.told).allMatch(e -> e.startsWith("partial:"));
    }

    @Test
    void aFloodOfChunksIsRefusedNotBuffered() throws InterruptedException {
        // a recognizer that takes 5 ms a chunk, so chunks really do pile up
        SpeechRecognizer slow = new SpeechRecognizer() {
            @Override
            public RecognizerStatus status() {
                return recognizer.status();
            }

            @Override
            public Utterance begin(Vocabulary vocabulary) {
                Utterance inner = recognizer.begin(vocabulary);
                return new Utterance() {
                    @Override
                    public Transcript accept(short[] samples, int length) {
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return inner.accept(samples, length);
                    }

                    @Override
                    public Transcript finish() {
                        return inner.finish();
                    }

                    @Override
                    public void close() {
                        inner.close();
                    }
                };
            }
        };
        session = new ListeningSession(slow, Sound.settings(Duration.ofSeconds(60), Duration.ofSeconds(15)), events);
        session.listen(GRAMMAR);
        AudioChunk loud = new AudioChunk(
                AudioFormat.RECOGNIZER, Sound.bytes(AudioFormat.RECOGNIZER, Sound.tone(220, 0.1, 0.1, RATE)));
        int refused = 0;
        int maxQueued = 0;
        for (int i = 0; i < 10_000; i++) {
            if (session.offer(loud) == ListeningSession.Offer.FULL) {
                refused++;
            }
            maxQueued = Math.max(maxQueued, session.queuedChunks());
        }
        assertThat(refused).isGreaterThan(9_000);
        assertThat(maxQueued).isLessThanOrEqualTo(ListeningSession.QUEUE_CHUNKS);
    }

    @Test
    void garbageBytesAsFloatsDoNotStopTheSession() throws InterruptedException {
        session =
                new ListeningSession(recognizer, Sound.settings(Duration.ofSeconds(1), Duration.ofSeconds(15)), events);
        recognizer.willHear("", "hospice");
        session.listen(GRAMMAR);
        AudioFormat f32 = new AudioFormat(AudioFormat.Encoding.F32LE, 44_100, 2);
        byte[] garbage = new byte[8 * 4_410 * 20];
        new java.util.Random(42).nextBytes(garbage); // NaNs, infinities and huge numbers
        send(f32, garbage);
        List<String> told = events.untilEnd();
        assertThat(told.getLast()).isIn("nothing", "heard:");
        assertThat(recognizer.utterances()).allMatch(u -> u.closes() == 1);

        session.listen(GRAMMAR);
        send(question(0.3, 1, 2));
        assertThat(events.untilEnd()).last().isEqualTo("heard:hospice");
    }

    @Test
    void unknownMarkersAreDroppedAndEveryOtherWordKept() {
        assertThat(QuestionRecognition.withoutUnknown(new Transcript("[unk] what is x [unk]"))
                        .text())
                .isEqualTo("what is x");
        assertThat(QuestionRecognition.withoutUnknown(new Transcript("[unk] [unk]")))
                .isEqualTo(Transcript.NOTHING);
    }

    @Test
    void awaitingIdleReturnsOnceEveryOfferedChunkWasDealtWith() throws InterruptedException {
        session = new ListeningSession(recognizer, Sound.settings(), events);
        recognizer.willHear("hospice");
        session.listen(GRAMMAR);
        byte[] bytes = Sound.bytes(AudioFormat.RECOGNIZER, question(0.3, 0.5, 0));
        for (int at = 0; at < bytes.length; at += 3_200) {
            session.offer(new AudioChunk(AudioFormat.RECOGNIZER, Arrays.copyOfRange(bytes, at, at + 3_200)));
        }
        assertThat(session.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(session.queuedChunks()).isZero();
        assertThat(recognizer.utterances().getFirst().samples()).isEqualTo(bytes.length / 2);
    }

    @Test
    void whenTheBrowserStopsSendingTheQuestionEndsOnTheClock() throws InterruptedException {
        session =
                new ListeningSession(recognizer, Sound.settings(Duration.ofSeconds(1), Duration.ofSeconds(15)), events);
        recognizer.willHear("hospice", "go back");
        session.listen(GRAMMAR);
        long start = System.nanoTime();
        assertThat(events.untilEnd()).containsExactly("nothing"); // no chunk at all
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isBetween(Duration.ofMillis(900), Duration.ofSeconds(3));
        assertThat(session.listening()).isFalse();

        session.listen(GRAMMAR);
        send(question(0.3, 1, 0)); // speech, then the audio stops before the end silence
        assertThat(events.untilEnd()).last().isEqualTo("heard:go back");
        assertThat(recognizer.utterances()).allMatch(u -> u.closes() == 1);
    }

    @Test
    void theEndOfAnOlderQuestionDoesNotStopANewerOne() throws InterruptedException {
        session = new ListeningSession(recognizer, Sound.settings(), events);
        recognizer.willHear("hospice", "go back");
        session.listen(GRAMMAR);
        send(question(0.3, 1, 3));
        session.listen(GRAMMAR); // asked again before the first question's end was told
        assertThat(events.untilEnd()).last().isEqualTo("heard:hospice");
        assertThat(session.listening()).isTrue();
        send(question(0.3, 1, 3));
        assertThat(events.untilEnd()).last().isEqualTo("heard:go back");
    }
}
