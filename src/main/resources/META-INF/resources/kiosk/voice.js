/*
 * The kiosk's microphone in the browser, loaded as a static script (no frontend build). The
 * server's Microphone component calls window.kioskVoice.open / start / stop / close on its
 * element, and cue(el) for the soft "I am listening" tone when a conversation starts listening.
 * Audio goes to the element's own address (its data-audio attribute), one POST of about 100 ms
 * at a time, in order; each reply says whether to keep sending and whether the server has news,
 * which the script then fetches with the element's sync() call (the app has no push).
 * Nothing is stored: chunks are sent and dropped.
 *
 * Answers to the server, through the element's $server:
 * - every open(el) gets exactly one opened(format) or unavailable(reason), unless a close(el)
 *   came after it (the close cancels it: whatever it got is released, and it is not answered);
 * - unavailable(reason) also when start(el) finds no microphone, or the microphone's track ends
 *   (unplugged, permission taken back). Reasons are short fixed words only (the server logs them).
 * The microphone is let go as soon as the element leaves the page, whatever the state.
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
  /** How long an open may wait for the first audio from the capture worklet. */
  var FIRST_AUDIO_MS = 10000;
  /** The only reasons sent to the server's log (never free text). */
  var REASONS = [
    'NotAllowedError', 'NotFoundError', 'NotReadableError', 'OverconstrainedError',
    'SecurityError', 'AbortError', 'InvalidStateError', 'NotSupportedError', 'TypeError'
  ];
  var CANCELLED = {};

  /** Elements that hold a microphone or are asking for one. */
  var live = new Set();
  var observer = null;

  function state(el) {
    if (!el.__kioskVoice) {
      el.__kioskVoice = {
        stream: null, context: null, node: null, format: null, attempt: null,
        sending: false, startWanted: false, waiting: [], inFlight: false,
        sent: 0, generation: 0, tracks: [],
        // timings of the last question's final chunk, for the benchmark (no audio is kept)
        questionBytes: 0, lastQuestion: null
      };
    }
    return el.__kioskVoice;
  }

  function reason(e) {
    var name = e && e.name;
    return REASONS.indexOf(name) >= 0 ? name : 'error';
  }

  function tell(el, method, argument) {
    if (!el.isConnected || !el.$server || !el.$server[method]) {
      return; // not in the page any more: nobody to tell
    }
    try {
      el.$server[method](argument);
    } catch (e) {
      // the page is being replaced
    }
  }

  function audioUrl(el) {
    return new URL(el.getAttribute('data-audio'), document.baseURI).href;
  }

  // ---- the element leaving the page ----

  function watch(el) {
    live.add(el);
    if (!observer && window.MutationObserver) {
      observer = new MutationObserver(sweep);
      observer.observe(document, { childList: true, subtree: true });
    }
  }

  function unwatch(el) {
    live.delete(el);
    if (live.size === 0 && observer) {
      observer.disconnect();
      observer = null;
    }
  }

  function sweep() {
    live.forEach(function (el) {
      if (!el.isConnected) {
        close(el);
      }
    });
  }

  // ---- sending ----

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
          timing.repliedAt = performance.now();
          timing.format = s.format;
          s.lastQuestion = timing;
          s.sending = false;
          s.waiting = [];
        }
        if (reply.sync && el.$server && el.isConnected) {
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

  // ---- opening ----

  /** Lets go of what one open got (its tracks and its audio context). */
  function drop(a) {
    if (a.stream) {
      a.stream.getTracks().forEach(function (t) { t.stop(); });
    }
    if (a.context && a.context.state !== 'closed') {
      a.context.close().catch(function () {});
    }
    a.stream = null;
    a.context = null;
    a.node = null;
  }

  /** Cancels the open in progress, if any: it lets go of what it got and answers nothing. */
  function cancel(s) {
    var a = s.attempt;
    if (!a) {
      return;
    }
    s.attempt = null;
    s.startWanted = false;
    a.cancelled = true;
    drop(a);
    if (a.abort) {
      a.abort();
    }
  }

  function open(el) {
    var s = state(el);
    if (!el.isConnected) {
      return; // not in the page: nobody to answer, nothing to hold
    }
    if (s.attempt) {
      s.attempt.asks++; // already asking the browser: this open gets its own answer too
      return;
    }
    if (s.stream && !hasLiveTrack(s.stream)) {
      release(s); // its track ended unnoticed: ask the browser again
    }
    if (s.stream) {
      tell(el, 'opened', s.format || '');
      return;
    }
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.AudioContext
        || !window.AudioWorkletNode) {
      tell(el, 'unavailable', 'no-support');
      return;
    }
    var a = { asks: 1, cancelled: false, stream: null, context: null, node: null, format: null, abort: null };
    s.attempt = a;
    watch(el);
    navigator.mediaDevices.getUserMedia({
      audio: {
        echoCancellation: true,
        noiseSuppression: true,
        autoGainControl: true,
        channelCount: 1
      }
    }).then(function (stream) {
      a.stream = stream;
      if (a.cancelled) {
        throw CANCELLED;
      }
      stream.getTracks().forEach(function (t) {
        s.tracks.push(t); // kept after close, so a test can see them ended
        t.addEventListener('ended', function () { ended(el, a, stream); });
      });
      var ctx;
      try {
        ctx = new AudioContext({ sampleRate: 16000 });
      } catch (e) {
        ctx = new AudioContext(); // the device's own rate; the server converts
      }
      a.context = ctx;
      return ctx.audioWorklet.addModule(WORKLET).then(function () {
        if (a.cancelled) {
          throw CANCELLED;
        }
        var source = ctx.createMediaStreamSource(stream);
        var node = new AudioWorkletNode(ctx, 'kiosk-voice-capture', {
          numberOfInputs: 1, numberOfOutputs: 0
        });
        a.node = node;
        return new Promise(function (resolve, reject) {
          var timer = setTimeout(function () {
            reject({ name: 'no-audio' });
          }, FIRST_AUDIO_MS);
          a.abort = function () {
            clearTimeout(timer);
            reject(CANCELLED);
          };
          node.port.onmessage = function (e) {
            if (!el.isConnected) { // runs every chunk while open: the element left the page
              close(el);
              return;
            }
            if (e.data.format) {
              clearTimeout(timer);
              a.format = e.data.format;
              resolve();
            } else if (e.data.chunk && s.sending && s.node === node) {
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
      });
    }).then(function () {
      if (a.cancelled) {
        throw CANCELLED;
      }
      s.attempt = null;
      s.stream = a.stream;
      s.context = a.context;
      s.node = a.node;
      s.format = a.format;
      if (s.startWanted) {
        start(el); // the server took an older answer for this one and already said start
      }
      for (var i = 0; i < a.asks; i++) {
        tell(el, 'opened', s.format);
      }
    }).catch(function (e) {
      if (a.stream && s.stream === a.stream) {
        return; // opened already: a later step failed, the microphone stays
      }
      if (a.cancelled || e === CANCELLED) {
        drop(a); // a close came first: release whatever this open got, answer nothing
        return;
      }
      s.attempt = null;
      s.startWanted = false;
      drop(a);
      if (!s.stream) {
        unwatch(el);
      }
      var why = e && e.name === 'no-audio' ? 'no-audio' : reason(e);
      for (var i = 0; i < a.asks; i++) {
        tell(el, 'unavailable', why);
      }
    });
  }

  /** A track of the microphone ended by itself (unplugged, permission taken back). */
  function ended(el, a, stream) {
    var s = state(el);
    if (s.stream === stream) {
      s.sending = false;
      s.waiting = [];
      release(s);
      unwatch(el);
      tell(el, 'unavailable', 'ended');
    } else if (s.attempt === a) {
      var asks = a.asks;
      cancel(s);
      unwatch(el);
      for (var i = 0; i < asks; i++) {
        tell(el, 'unavailable', 'ended');
      }
    }
  }

  function hasLiveTrack(stream) {
    return stream.getAudioTracks().some(function (t) { return t.readyState === 'live'; });
  }

  // ---- listening ----

  function start(el) {
    var s = state(el);
    if (s.attempt) {
      s.startWanted = true; // still opening: start as soon as the microphone is there
      return;
    }
    s.startWanted = false;
    if (!s.stream || !hasLiveTrack(s.stream)) {
      var why = s.stream ? 'ended' : 'no-stream';
      s.sending = false;
      s.waiting = [];
      release(s);
      unwatch(el);
      tell(el, 'unavailable', why);
      return;
    }
    s.waiting = [];
    s.questionBytes = 0;
    s.generation++;
    if (s.node) {
      s.node.port.postMessage('reset');
    }
    s.sending = true;
    if (s.context && s.context.state === 'suspended') {
      s.context.resume();
    }
  }

  function stop(el) {
    var s = state(el);
    s.startWanted = false;
    s.sending = false;
    s.waiting = [];
  }

  function release(s) {
    if (s.stream) {
      s.stream.getTracks().forEach(function (t) { t.stop(); });
    }
    if (s.context && s.context.state !== 'closed') {
      s.context.close().catch(function () {});
    }
    s.stream = null;
    s.context = null;
    s.node = null;
  }

  function close(el) {
    var s = state(el);
    s.startWanted = false;
    s.sending = false;
    s.waiting = [];
    cancel(s);
    release(s);
    unwatch(el);
  }

  // ---- the "I am listening" cue ----

  /** One small audio context for the cue, suspended between cues (it holds no microphone). */
  var cueContext = null;
  var cuesPlaying = 0;

  /** A soft 660 Hz tone of about 150 ms with gentle edges: "I am listening". */
  function cue(el) {
    try {
      if (!cueContext || cueContext.state === 'closed') {
        cueContext = new AudioContext();
      }
      var ctx = cueContext;
      var play = function () {
        var osc = ctx.createOscillator();
        var gain = ctx.createGain();
        osc.type = 'sine';
        osc.frequency.value = 660;
        var t = ctx.currentTime + 0.01;
        gain.gain.setValueAtTime(0, t);
        gain.gain.linearRampToValueAtTime(0.12, t + 0.03);
        gain.gain.setValueAtTime(0.12, t + 0.11);
        gain.gain.linearRampToValueAtTime(0, t + 0.15);
        osc.connect(gain).connect(ctx.destination);
        cuesPlaying++;
        osc.onended = function () {
          osc.disconnect();
          gain.disconnect();
          cuesPlaying--;
          if (cuesPlaying === 0 && ctx === cueContext && ctx.state === 'running') {
            ctx.suspend().catch(function () {});
          }
        };
        osc.start(t);
        osc.stop(t + 0.16);
      };
      if (ctx.state === 'suspended') {
        ctx.resume().then(play, function () {});
      } else {
        play();
      }
    } catch (e) {
      // no cue is better than no listening
    }
  }

  window.kioskVoice = { open: open, start: start, stop: stop, close: close, cue: cue };
})();
