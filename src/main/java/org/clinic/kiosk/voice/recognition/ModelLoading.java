package org.clinic.kiosk.voice.recognition;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an engine's model once, on a background thread, and says when that has ended: the one way both
 * engines load. A failure while reading becomes an off status with a sentence for staff; the outcome is
 * logged in one line ("Voice input on: ..." or "Voice input off: ...") and handed to the engine.
 */
public final class ModelLoading {

    private static final Logger LOG = LoggerFactory.getLogger(ModelLoading.class);

    private final CountDownLatch settled = new CountDownLatch(1);
    private final Supplier<RecognizerStatus> read;
    private final Function<RuntimeException, RecognizerStatus> failed;
    private final Consumer<RecognizerStatus> done;

    /**
     * @param read reads and checks the model on the calling thread, and says how that went
     * @param failed the status when reading threw (a native library that cannot link counts too)
     * @param done takes the outcome, before anyone waiting is let go
     */
    public ModelLoading(
            Supplier<RecognizerStatus> read,
            Function<RuntimeException, RecognizerStatus> failed,
            Consumer<RecognizerStatus> done) {
        this.read = read;
        this.failed = failed;
        this.done = done;
    }

    /** Reads the model on a new background thread. */
    public void start() {
        Thread.ofPlatform().name("speech-model-loader").daemon().start(this::run);
    }

    /** Waits until loading has ended, ready or not; true if it has. */
    public boolean await(Duration timeout) throws InterruptedException {
        return settled.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads the model on this thread; the status afterwards. */
    public RecognizerStatus run() {
        try {
            RecognizerStatus result;
            try {
                result = read.get();
            } catch (RuntimeException e) {
                result = failed.apply(e);
            } catch (LinkageError e) {
                result = failed.apply(new IllegalStateException(e.getMessage(), e));
            }
            if (result.ready()) {
                LOG.info("Voice input on: {}", result.detail());
            } else {
                LOG.warn("Voice input off: {}", result.detail());
            }
            done.accept(result);
            return result;
        } finally {
            settled.countDown();
        }
    }
}
