package org.clinic.kiosk.voice.ui;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.ElementRequestHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.clinic.kiosk.voice.audio.AudioChunk;
import org.clinic.kiosk.voice.audio.ListeningSession;
import org.clinic.kiosk.voice.audio.WireFormat;
import org.clinic.kiosk.voice.recognition.AudioFormat;

/**
 * Receives the microphone's audio: one raw POST per chunk of about 100 ms, its format in the
 * {@value WireFormat#HEADER} header. Vaadin gives each element handler an address holding the UI's
 * id and a random key, and looks it up in the requesting session only, so a POST from another
 * session or with a wrong key never reaches here. Runs without the session lock.
 *
 * <p>Replies: 200 with {@code {"listening":true|false,"sync":true|false}} (keep sending or stop;
 * fetch changes now), 400 with a message for a bad format or body, 405 for other methods, 413 for a
 * chunk over a second, 429 when too many chunks wait already.
 */
final class AudioReceiver implements ElementRequestHandler {

    /** How long a reply may wait for its chunk to be heard, so it can say what came of it. */
    private static final Duration WAIT_FOR_WORKER = Duration.ofSeconds(3);

    private final PipelineBridge pipeline;

    AudioReceiver(PipelineBridge pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void handleRequest(VaadinRequest request, VaadinResponse response, VaadinSession session, Element owner)
            throws IOException {
        if (!"POST".equals(request.getMethod())) {
            reply(response, 405, "send audio with POST");
            return;
        }
        AudioFormat format;
        try {
            format = WireFormat.parse(request.getHeader(WireFormat.HEADER));
        } catch (IllegalArgumentException e) {
            reply(response, 400, e.getMessage());
            return;
        }
        int max = WireFormat.maxChunkBytes(format);
        if (request.getContentLengthLong() > max) {
            reply(response, 413, "audio chunk longer than " + WireFormat.MAX_CHUNK_MILLIS + " ms");
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(max + 1);
        }
        if (body.length > max) {
            reply(response, 413, "audio chunk longer than " + WireFormat.MAX_CHUNK_MILLIS + " ms");
            return;
        }
        AudioChunk chunk;
        try {
            chunk = WireFormat.chunk(format, body);
        } catch (IllegalArgumentException e) {
            reply(response, 400, e.getMessage());
            return;
        }
        ListeningSession listening = pipeline.session();
        if (listening == null) {
            answer(response, false);
            return;
        }
        switch (listening.offer(chunk)) {
            case FULL -> reply(response, 429, "too many audio chunks at once");
            case NOT_LISTENING -> answer(response, false);
            case ACCEPTED -> {
                try {
                    listening.awaitIdle(WAIT_FOR_WORKER);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer(response, listening.listening());
            }
        }
    }

    private void answer(VaadinResponse response, boolean listening) throws IOException {
        boolean sync = pipeline.takeChanged();
        write(response, 200, "application/json", "{\"listening\":" + listening + ",\"sync\":" + sync + "}");
    }

    private static void reply(VaadinResponse response, int status, String message) throws IOException {
        write(response, status, "text/plain;charset=utf-8", message);
    }

    private static void write(VaadinResponse response, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLengthLong(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    @Override
    public boolean isAllowInert() {
        return true; // audio may go on while the idle warning covers the page
    }
}
