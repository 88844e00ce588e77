package org.clinic.kiosk.voice.match;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.LoggerFactory;

/**
 * The sentence-embedding model of the paraphrase vote: all-MiniLM-L6-v2, quantized, as shipped inside
 * langchain4j's jar (nothing is downloaded), run in process on ONNX Runtime with one thread per
 * sentence, so a question takes one core briefly and leaves the other to the kiosk (the recognizer's
 * second and third alternatives, when they are needed, take both cores for about 3 ms). Loaded once per
 * process, on first use.
 */
final class SentenceModel extends AbstractInProcessEmbeddingModel {

    /** The model's unit vectors have this many dimensions. */
    static final int DIMENSIONS = 384;

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    /** DJL's logger for its GPU probe. */
    private static final String GPU_PROBE = "ai.djl.util.cuda";

    private static volatile SentenceModel instance;

    private final OnnxBertBiEncoder encoder;

    private SentenceModel() {
        super(Runnable::run);
        quietGpuProbe();
        ClassLoader jar = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
        try (InputStream model = jar.getResourceAsStream(MODEL);
                InputStream tokenizer = jar.getResourceAsStream(TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("The sentence model is missing from the class path: " + MODEL);
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            encoder = new OnnxBertBiEncoder(
                    environment, environment.createSession(model.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentence model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot start the sentence model on ONNX Runtime", e);
        }
    }

    /** The one model of this process, loaded on first use. */
    static SentenceModel get() {
        SentenceModel model = instance;
        if (model == null) {
            synchronized (SentenceModel.class) {
                if (instance == null) {
                    instance = new SentenceModel();
                }
                model = instance;
            }
        }
        return model;
    }

    /**
     * DJL's tokenizer looks for a GPU when it loads and warns where a CUDA runtime is installed without
     * a usable GPU; the model always runs on the processor here, so that warning would only alarm staff.
     */
    private static void quietGpuProbe() {
        if (LoggerFactory.getLogger(GPU_PROBE) instanceof ch.qos.logback.classic.Logger probe) {
            probe.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSIONS;
    }

    /** The sentence's unit vector. */
    float[] unitVector(String sentence) {
        float[] vector = embed(sentence).content().vector();
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) (vector[i] / norm);
        }
        return vector;
    }
}
