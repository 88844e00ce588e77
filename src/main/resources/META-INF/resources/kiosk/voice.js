/*
 * The kiosk's microphone in the browser, loaded as a static script (no frontend build). The
 * server's Microphone component calls window.kioskVoice.open / start / stop / close on its
 * element. Audio goes to the element's own address (its data-audio attribute), one POST of about
 * 100 ms at a time, in order; each reply says whether to keep sending and whether the server has
 * news, which the script then fetches with the element's sync() call (the app has no push).
 * Nothing is stored: chunks are sent and dropped.
 */
(function () {
  if (window.kioskVoice) {
    return;
  }

  var script = document.currentScript
    || document.querySelector('script[src*="kiosk/voice.js"]');
  var base = script && script.src
    ? script.src.replace(/[^/]*$/, '')
    : new URL('kiosk/', document.baseURI).href;
  var WORKLET = base + 'voice-capture-worklet.js';
  /** Chunks that may wait in the browser for the previous POST (about 3 s); older ones are dropped. */
  var MAX_WAITING = 30;

  function state(el) {
    if (!el.__kioskVoice) {
      el.__kioskVoice = {
        stream: null, context: null, node: null, format: null,
        sending: false, waiting: [], inFlight: false, opening: false, closed: false,
        sent: 0, generation: 0,
        // timing only (no audio): bytes sent in this question, and when the POST that ended the
        // last question was made, sent and answered (performance.now() ms), for the benchmark
        questionBytes: 0, lastQuestion: null
      };
    }
    return el.__kioskVoice;
  }

  function audioUrl(el) {
    return new URL(el.getAttribute('data-audio'), document.baseURI).href;
  }

  function cue(ctx) {
    // a soft 660 Hz tone of 150 ms: "I am listening"
    try {
      var osc = ctx.createOscillator();
      var gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = 660;
      var t = ctx.currentTime;
      gain.gain.setValueAtTime(0, t);
      gain.gain.linearRampToValueAtTime(0.15, t + 0.02);
      gain.gain.setValueAtTime(0.15, t + 0.12);
      gain.gain.linearRampToValueAtTime(0, t + 0.15);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + 0.16);
    } catch (e) {
      // no cue is better than no listening
    }
  }

  function pump(el) {
    var s = state(el);
    if (s.inFlight || s.waiting.length === 0) {
      return;
    }
    if (!el.isConnected) {
      close(el);
      return;
    }
    var chunk = s.waiting.shift();
    var generation = s.generation;
    s.questionBytes += chunk.data.byteLength;
    var timing = { madeAt: chunk.madeAt, sentAt: performance.now(), bytesThrough: s.questionBytes };
    s.inFlight = true;
    fetch(audioUrl(el), {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'X-Kiosk-Audio': s.format, 'Content-Type': 'application/octet-stream' },
      body: chunk.data
    }).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (reply) {
      s.sent++;
      if (reply) {
        if (!reply.listening && generation === s.generation) { // not a reply about an older question
          s.sending = false;
          s.waiting = [];
          timing.repliedAt = performance.now();
          timing.format = s.format;
          s.lastQuestion = timing;
        }
        if (reply.sync && el.$server) {
          el.$server.sync();
        }
      }
    }).catch(function () {
      // the server is restarting or busy: the chunk is lost, the next one goes on
    }).then(function () {
      s.inFlight = false;
      pump(el);
    });
  }

  function open(el) {
    var s = state(el);
    if (s.stream || s.opening) {
      if (s.stream && el.$server) {
        el.$server.opened(s.format || '');
      }
      return;
    }
    s.opening = true;
    s.closed = false;
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      s.opening = false;
      el.$server.unavailable('no microphone support in this browser');
      return;
    }
    navigator.mediaDevices.getUserMedia({
      audio: {
        echoCancellation: true,
        noiseSuppression: true,
        autoGainControl: true,
        channelCount: 1
      }
    }).then(function (stream) {
      if (s.closed) {
        stream.getTracks().forEach(function (t) { t.stop(); });
        s.opening = false;
        return null;
      }
      s.stream = stream;
      s.tracks = stream.getTracks(); // kept after close, so a test can see them ended
      var ctx;
      try {
        ctx = new AudioContext({ sampleRate: 16000 });
      } catch (e) {
        ctx = new AudioContext(); // the device's own rate; the server converts
      }
      s.context = ctx;
      return ctx.audioWorklet.addModule(WORKLET).then(function () {
        var source = ctx.createMediaStreamSource(stream);
        var node = new AudioWorkletNode(ctx, 'kiosk-voice-capture', {
          numberOfInputs: 1, numberOfOutputs: 0
        });
        s.node = node;
        return new Promise(function (resolve) {
          node.port.onmessage = function (e) {
            if (e.data.format) {
              s.format = e.data.format;
              resolve();
            } else if (e.data.chunk && s.sending) {
              s.waiting.push({ data: e.data.chunk, madeAt: performance.now() });
              if (s.waiting.length > MAX_WAITING) {
                s.waiting.shift();
              }
              pump(el);
            }
          };
          source.connect(node);
          if (ctx.state === 'suspended') {
            ctx.resume();
          }
        });
      }).then(function () {
        s.opening = false;
        if (s.closed) {
          close(el);
          return;
        }
        el.$server.opened(s.format);
      });
    }).catch(function (e) {
      s.opening = false;
      release(s);
      el.$server.unavailable(e && e.name ? e.name : 'microphone refused');
    });
  }

  function start(el) {
    var s = state(el);
    if (!s.stream) {
      return;
    }
    s.waiting = [];
    s.questionBytes = 0;
    s.generation++;
    if (s.node) {
      s.node.port.postMessage('reset');
    }
    s.sending = true;
    if (s.context) {
      if (s.context.state === 'suspended') {
        s.context.resume();
      }
      cue(s.context);
    }
  }

  function stop(el) {
    var s = state(el);
    s.sending = false;
    s.waiting = [];
  }

  function release(s) {
    if (s.stream) {
      s.stream.getTracks().forEach(function (t) { t.stop(); });
    }
    if (s.context) {
      s.context.close().catch(function () {});
    }
    s.stream = null;
    s.context = null;
    s.node = null;
  }

  function close(el) {
    var s = state(el);
    s.closed = true;
    s.sending = false;
    s.waiting = [];
    release(s);
  }

  window.kioskVoice = { open: open, start: start, stop: stop, close: close };
})();
