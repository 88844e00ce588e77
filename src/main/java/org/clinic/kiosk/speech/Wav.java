package org.clinic.kiosk.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** The one place that writes WAV files and changes sample values. */
final class Wav {

    static final int HEADER_BYTES = 44;

    private Wav() {}

    /** A canonical 44-byte RIFF/WAVE header followed by the PCM data. */
    static byte[] encode(PcmFormat format, byte[] pcm) {
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.putInt(36 + pcm.length);
        out.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        out.put("fmt ".getBytes(StandardCharsets.US_ASCII));
        out.putInt(16);
        out.putShort((short) 1); // PCM
        out.putShort((short) format.channels());
        out.putInt(format.sampleRate());
        out.putInt(format.sampleRate() * format.bytesPerFrame());
        out.putShort((short) format.bytesPerFrame());
        out.putShort((short) PcmFormat.BITS_PER_SAMPLE);
        out.put("data".getBytes(StandardCharsets.US_ASCII));
        out.putInt(pcm.length);
        out.put(pcm);
        return out.array();
    }

    /** Multiplies each 16-bit little-endian sample, holding the result inside the 16-bit range. */
    static byte[] applyGain(byte[] pcm, double gain) {
        byte[] out = new byte[pcm.length];
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            int sample = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            long scaled = Math.round(sample * gain);
            int clipped = (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, scaled));
            out[i] = (byte) clipped;
            out[i + 1] = (byte) (clipped >> 8);
        }
        return out;
    }
}
