#!/usr/bin/env python3
"""Makes the real-recognizer copies of a labelled set: every utterance is spoken by several offline
voices and heard by the real PocketSphinx engine (open vocabulary: its general US English model).

    python3 recognize.py dev.tsv flite-slt > dev-pocketsphinx.tsv

(The voices default to every one below. The committed copies have flite-slt only: on the shared
2-core machine, with other builds running, a file took several seconds and the other voices did not
finish in the time there was. `--no-header` leaves out the two header lines, and `--from N --to M`
makes utterances N to M-1 only, so a run can be split or continued.)

Needs Debian's flite, espeak-ng, sox and pocketsphinx + pocketsphinx-en-us (apt-get install flite
espeak-ng sox pocketsphinx pocketsphinx-en-us). The kiosk's own voice (FreeTTS kevin16) is left out:
it runs only inside the JVM.

The engine is driven through libpocketsphinx (ctypes) exactly as `pocketsphinx_continuous -infile X.wav
-hmm ... -lm ... -dict ... -logfn /dev/null` drives it (2048-sample reads, a new utterance whenever its
voice-activity detector says speech ended, the utterances' best hypotheses joined), so that its first
hypothesis is what that command prints, and the decoder's n-best list comes with it. A fresh decoder
hears each file, as the command does (a reused one would carry its cepstral mean over from the last
file and hear differently). `--check N` compares the first N files with the command itself and stops
on any difference.

Output, one line per utterance and voice: label<TAB>best transcript<TAB>voice<TAB>other alternatives
(n-best, distinct, best first, separated by " | "; may be empty). WAVs are made in a temporary folder
and deleted; none is kept.
"""
import ctypes
import os
import subprocess
import sys
import tempfile

MODEL = "/usr/share/pocketsphinx/model/en-us"
HMM = MODEL + "/en-us"
LM = MODEL + "/en-us.lm.bin"
DICT = MODEL + "/cmudict-en-us.dict"
VOICES = {
    "flite-slt": ["flite", "-voice", "slt", "-t", "{text}", "-o", "{wav}"],
    "flite-rms": ["flite", "-voice", "rms", "-t", "{text}", "-o", "{wav}"],
    "flite-awb": ["flite", "-voice", "awb", "-t", "{text}", "-o", "{wav}"],
    "flite-kal": ["flite", "-voice", "kal", "-t", "{text}", "-o", "{wav}"],
    "espeak-ng": ["espeak-ng", "-v", "en-us", "-w", "{wav}", "{text}"],
}
NBEST = 5


class Decoder:
    def __init__(self, lm=LM, dict_=DICT):
        self.ps_lib = ctypes.CDLL("libpocketsphinx.so.3")
        self.sb_lib = ctypes.CDLL("libsphinxbase.so.3")
        ps, sb = self.ps_lib, self.sb_lib
        ps.ps_args.restype = ctypes.c_void_p
        sb.cmd_ln_parse_r.restype = ctypes.c_void_p
        sb.cmd_ln_parse_r.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int32,
                                      ctypes.POINTER(ctypes.c_char_p), ctypes.c_int32]
        ps.ps_default_search_args.argtypes = [ctypes.c_void_p]
        ps.ps_init.restype = ctypes.c_void_p
        ps.ps_init.argtypes = [ctypes.c_void_p]
        ps.ps_start_utt.argtypes = [ctypes.c_void_p]
        ps.ps_end_utt.argtypes = [ctypes.c_void_p]
        ps.ps_process_raw.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int]
        ps.ps_get_in_speech.restype = ctypes.c_uint8
        ps.ps_get_in_speech.argtypes = [ctypes.c_void_p]
        ps.ps_get_hyp.restype = ctypes.c_char_p
        ps.ps_get_hyp.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        ps.ps_nbest.restype = ctypes.c_void_p
        ps.ps_nbest.argtypes = [ctypes.c_void_p]
        ps.ps_nbest_next.restype = ctypes.c_void_p
        ps.ps_nbest_next.argtypes = [ctypes.c_void_p]
        ps.ps_nbest_hyp.restype = ctypes.c_char_p
        ps.ps_nbest_hyp.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        ps.ps_nbest_free.argtypes = [ctypes.c_void_p]
        args = [b"recognize", b"-hmm", HMM.encode(), b"-lm", lm.encode(), b"-dict", dict_.encode(),
                b"-logfn", b"/dev/null"]
        argv = (ctypes.c_char_p * len(args))(*args)
        config = sb.cmd_ln_parse_r(None, ps.ps_args(), len(args), argv, 1)
        if not config:
            raise SystemExit("pocketsphinx: bad arguments")
        ps.ps_default_search_args(config)
        self.ps = ps.ps_init(config)
        if not self.ps:
            raise SystemExit("pocketsphinx: cannot load the model")

    def close(self):
        self.ps_lib.ps_free.argtypes = [ctypes.c_void_p]
        self.ps_lib.ps_free(self.ps)

    def _segment(self):
        """The current utterance's best hypothesis and its distinct n-best alternatives."""
        ps = self.ps_lib
        best = ps.ps_get_hyp(self.ps, None)
        best = best.decode() if best else ""
        alternatives = []
        nbest = ps.ps_nbest(self.ps)
        count = 0
        while nbest and count < 40:
            hyp = ps.ps_nbest_hyp(nbest, None)
            text = " ".join(w for w in (hyp.decode() if hyp else "").split() if not w.startswith("<")
                            and not w.startswith("[") and w != "<sil>")
            if text and text != best and text not in alternatives:
                alternatives.append(text)
            count += 1
            nbest = ps.ps_nbest_next(nbest)
        if nbest:
            ps.ps_nbest_free(nbest)
        return best, alternatives[:NBEST - 1]

    def recognize(self, wav):
        """Like pocketsphinx_continuous -infile: (the joined best hypotheses, n-best alternatives)."""
        ps = self.ps_lib
        with open(wav, "rb") as f:
            f.read(44)
            data = f.read()
        segments = []
        ps.ps_start_utt(self.ps)
        started = False
        chunk = 2048 * 2
        for at in range(0, len(data), chunk):
            piece = data[at:at + chunk]
            buf = ctypes.create_string_buffer(piece, len(piece))
            ps.ps_process_raw(self.ps, buf, len(piece) // 2, 0, 0)
            in_speech = ps.ps_get_in_speech(self.ps)
            if in_speech and not started:
                started = True
            if not in_speech and started:
                ps.ps_end_utt(self.ps)
                segments.append(self._segment())
                ps.ps_start_utt(self.ps)
                started = False
        ps.ps_end_utt(self.ps)
        if started:
            segments.append(self._segment())
        segments = [s for s in segments if s[0]]
        best = " ".join(s[0] for s in segments)
        alternatives = []
        # each alternative changes one segment (the one with most to say) and keeps the others' best
        for i, (_, alts) in enumerate(segments):
            for alt in alts:
                text = " ".join(alt if j == i else s[0] for j, s in enumerate(segments))
                if text != best and text not in alternatives:
                    alternatives.append(text)
        return best, alternatives[:NBEST - 1]


def speak(voice, text, folder):
    raw = os.path.join(folder, "raw.wav")
    wav = os.path.join(folder, "heard.wav")
    command = [part.replace("{text}", text).replace("{wav}", raw) for part in VOICES[voice]]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["sox", raw, "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", wav], check=True)
    return wav


def continuous(wav):
    out = subprocess.run(["pocketsphinx_continuous", "-infile", wav, "-hmm", HMM, "-lm", LM, "-dict", DICT,
                          "-logfn", "/dev/null"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


def labelled(path):
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            parts = line.split("\t")
            yield parts[0], parts[1]


def main():
    args = sys.argv[1:]
    check = 0
    start = 0
    end = None
    header = True
    while args and args[0].startswith("--"):
        if args[0] == "--check":
            check = int(args[1])
            args = args[2:]
        elif args[0] == "--to":
            end = int(args[1])
            args = args[2:]
        elif args[0] == "--from":
            start = int(args[1])
            args = args[2:]
        elif args[0] == "--no-header":
            header = False
            args = args[1:]
        else:
            raise SystemExit("unknown option " + args[0])
    path = args[0]
    voices = args[1:] or list(VOICES)
    items = list(labelled(path))
    if header:
        print("# Real-recognizer copy of " + os.path.basename(path) + ": each utterance spoken by " + ", ".join(voices)
              + " and heard by PocketSphinx 5prealpha (en-us model, open vocabulary), made by recognize.py.")
        print("# label<TAB>best transcript<TAB>voice<TAB>other n-best alternatives, separated by ' | '")
    with tempfile.TemporaryDirectory() as folder:
        for voice in voices:
            for n, (label, text) in enumerate(items):
                if n < start or (end is not None and n >= end):
                    continue
                wav = speak(voice, text, folder)
                decoder = Decoder()
                best, alternatives = decoder.recognize(wav)
                decoder.close()
                if n < check:
                    expected = continuous(wav)
                    if expected != best:
                        raise SystemExit("differs from pocketsphinx_continuous on item %d: %r vs %r"
                                         % (n, best, expected))
                print(label + "\t" + best + "\t" + voice + "\t" + " | ".join(alternatives), flush=True)
                os.remove(wav)


if __name__ == "__main__":
    main()
