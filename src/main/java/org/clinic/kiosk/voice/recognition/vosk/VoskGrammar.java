package org.clinic.kiosk.voice.recognition.vosk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link Vocabulary} as the JSON list Vosk takes as a grammar, built for what Vosk 0.3.45 does
 * with it ({@code Recognizer::UpdateGrammarFst}): it counts the phrases' words into a bigram
 * language model with backoff (discount 0.5) and decodes with that. So the list is a bias, not a
 * gate: any sequence of its words can come back, and {@link Transcript#UNKNOWN} wins only as often
 * as its count lets it. This class therefore
 *
 * <ul>
 *   <li>gives {@code [unk]} a chosen share of the language model's single-word counts by listing it
 *       as many times as that takes (once, among ~1,100 phrases, it almost never beats a kiosk
 *       word, so speech outside the phrases came back as confident kiosk words);
 *   <li>replaces each word the model does not know by {@code [unk]} in its phrase (Vosk would drop
 *       it with a warning, joining the words either side of it into a bigram nobody says) and
 *       lists those words, so the kiosk can say which ones it cannot hear;
 *   <li>writes every phrase once, lower case, single spaces (Vosk splits on single spaces).
 * </ul>
 *
 * @param json         the list for {@code vosk_recognizer_new_grm}
 * @param phrases      how many distinct phrases it holds (without the {@code [unk]} entries)
 * @param words        how many distinct words they use (without {@code [unk]})
 * @param unknownWords the vocabulary's words the model does not know, sorted
 */
record VoskGrammar(String json, int phrases, int words, List<String> unknownWords) {

    /**
     * The share of the single-word counts given to {@code [unk]}. A starting point, not yet tuned
     * against the real model on recorded speech: {@code ./kiosk bench vosk} measures other shares.
     */
    static final double UNKNOWN_SHARE = 0.05;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    VoskGrammar {
        unknownWords = List.copyOf(unknownWords);
    }

    /**
     * @param knows        whether the model knows a word ({@code vosk_model_find_word})
     * @param unknownShare the share of the single-word counts for {@code [unk]}, 0 (listed once) to 0.4
     */
    static VoskGrammar of(Vocabulary vocabulary, Predicate<String> knows, double unknownShare) {
        if (unknownShare < 0 || unknownShare > 0.4) {
            throw new IllegalArgumentException("the unknown share must be between 0 and 0.4");
        }
        boolean unknownKnown = knows.test(Transcript.UNKNOWN);
        Set<String> phrases = new LinkedHashSet<>();
        Set<String> known = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (String phrase : vocabulary.phrases()) {
            List<String> kept = new ArrayList<>();
            boolean anyWord = false;
            for (String word : phrase.strip().split("\\s+")) {
                if (word.isEmpty() || word.equals(Transcript.UNKNOWN)) {
                    continue;
                }
                if (known.contains(word) || (!unknown.contains(word) && knows.test(word))) {
                    known.add(word);
                    kept.add(word);
                    anyWord = true;
                } else {
                    unknown.add(word);
                    if (unknownKnown) {
                        kept.add(Transcript.UNKNOWN);
                    }
                }
            }
            if (anyWord) {
                phrases.add(String.join(" ", kept));
            }
        }
        List<String> list = new ArrayList<>(phrases);
        if (unknownKnown) {
            list.addAll(Collections.nCopies(unknownEntries(phrases, unknownShare), Transcript.UNKNOWN));
        }
        return new VoskGrammar(JSON.writeValueAsString(list), phrases.size(), known.size(), List.copyOf(unknown));
    }

    /**
     * How many single {@code [unk]} entries give it {@code share} of the single-word counts. Vosk's
     * estimator counts each word of each phrase and one end per phrase; each {@code [unk]} entry
     * adds itself and its end: k / (total + 2k) = share.
     */
    static int unknownEntries(Set<String> phrases, double share) {
        long total = 0;
        for (String phrase : phrases) {
            total += phrase.split(" ").length + 1;
        }
        return (int) Math.max(1, Math.ceil(share * total / (1 - 2 * share)));
    }
}
