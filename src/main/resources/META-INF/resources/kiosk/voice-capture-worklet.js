/*
 * The kiosk's microphone capture, running on the browser's audio thread (an AudioWorklet).
 * Packs about 100 ms of audio per chunk and posts it to voice.js:
 * - at 16 kHz (the browser resampled for us): 1600 frames of mono 16-bit PCM (s16le);
 * - at any other rate: the real rate and channels as 32-bit floats (f32le), interleaved; the
 *   server converts them.
 * Nothing is kept: each chunk is handed over and forgotten.
 */
class KioskVoiceCapture extends AudioWorkletProcessor {
  constructor(options) {
    super();
    this.rate = sampleRate; // the AudioWorkletGlobalScope's rate
    this.pcm16 = this.rate === 16000;
    this.frames = Math.round(this.rate / 10);
    this.channels = 0;
    this.buffer = null;
    this.filled = 0;
    this.port.onmessage = (e) => {
      if (e.data === 'reset') {
        this.filled = 0;
      }
    };
  }

  start(channels) {
    this.channels = this.pcm16 ? 1 : Math.min(2, Math.max(1, channels));
    this.buffer = this.pcm16
      ? new Int16Array(this.frames)
      : new Float32Array(this.frames * this.channels);
    this.filled = 0;
    this.port.postMessage({
      format: (this.pcm16 ? 's16le' : 'f32le') + ';rate=' + this.rate + ';channels=' + this.channels,
    });
  }

  process(inputs) {
    const input = inputs[0];
    if (!input || input.length === 0) {
      return true;
    }
    if (this.buffer === null) {
      this.start(input.length);
    }
    const n = input[0].length;
    for (let i = 0; i < n; i++) {
      if (this.pcm16) {
        let v = input[0][i];
        if (input.length > 1) {
          v = (v + input[1][i]) / 2;
        }
        v = Math.max(-1, Math.min(1, v));
        this.buffer[this.filled] = v < 0 ? Math.round(v * 32768) : Math.round(v * 32767);
      } else {
        for (let c = 0; c < this.channels; c++) {
          const ch = input[Math.min(c, input.length - 1)];
          this.buffer[this.filled * this.channels + c] = ch[i];
        }
      }
      this.filled++;
      if (this.filled === this.frames) {
        const out = this.buffer.slice(0);
        this.port.postMessage({ chunk: out.buffer }, [out.buffer]);
        this.filled = 0;
      }
    }
    return true;
  }
}

registerProcessor('kiosk-voice-capture', KioskVoiceCapture);
