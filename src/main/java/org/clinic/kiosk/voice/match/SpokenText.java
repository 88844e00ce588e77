package org.clinic.kiosk.voice.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns typed or recognized words into the plain word list the matcher works on: lower case, no
 * punctuation, contractions spelled out (with or without the apostrophe, as recognizers write
 * them: "can't", "cant", "can not" all become "can not"), fillers such as "um" removed.
 */
final class SpokenText {

    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("can't", "can not"),
            Map.entry("cant", "can not"),
            Map.entry("cannot", "can not"),
            Map.entry("won't", "will not"),
            Map.entry("wont", "will not"),
            Map.entry("don't", "do not"),
            Map.entry("dont", "do not"),
            Map.entry("doesn't", "does not"),
            Map.entry("doesnt", "does not"),
            Map.entry("didn't", "did not"),
            Map.entry("didnt", "did not"),
            Map.entry("isn't", "is not"),
            Map.entry("isnt", "is not"),
            Map.entry("aren't", "are not"),
            Map.entry("arent", "are not"),
            Map.entry("wasn't", "was not"),
            Map.entry("wasnt", "was not"),
            Map.entry("haven't", "have not"),
            Map.entry("havent", "have not"),
            Map.entry("hasn't", "has not"),
            Map.entry("hasnt", "has not"),
            Map.entry("shouldn't", "should not"),
            Map.entry("shouldnt", "should not"),
            Map.entry("couldn't", "could not"),
            Map.entry("couldnt", "could not"),
            Map.entry("wouldn't", "would not"),
            Map.entry("wouldnt", "would not"),
            Map.entry("i'm", "i am"),
            Map.entry("im", "i am"),
            Map.entry("i've", "i have"),
            Map.entry("ive", "i have"),
            Map.entry("i'll", "i will"),
            Map.entry("i'd", "i would"),
            Map.entry("you're", "you are"),
            Map.entry("youre", "you are"),
            Map.entry("it's", "it is"),
            Map.entry("that's", "that is"),
            Map.entry("thats", "that is"),
            Map.entry("what's", "what is"),
            Map.entry("whats", "what is"),
            Map.entry("where's", "where is"),
            Map.entry("wheres", "where is"),
            Map.entry("whos", "who is"),
            Map.entry("hows", "how is"),
            Map.entry("there's", "there is"),
            Map.entry("theres", "there is"),
            Map.entry("they're", "they are"),
            Map.entry("we're", "we are"),
            Map.entry("let's", "let us"),
            Map.entry("lets", "let us"),
            Map.entry("gonna", "going to"),
            Map.entry("wanna", "want to"),
            Map.entry("gotta", "got to"));

    /** Sounds people make while thinking, which recognizers often write down. */
    private static final Set<String> FILLERS =
            Set.of("um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hm", "mm", "mmm", "ah", "eh");

    private SpokenText() {}

    /** The words of a question, cleaned up. Never null; empty for blank or punctuation-only input. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replaceAll("'s\\b", "s") // possessives: maggie's -> maggies, doctor's -> doctors
                .replaceAll("[^\\p{L}\\p{N}']+", " ");
        List<String> words = new ArrayList<>();
        for (String token : plain.strip().split(" +")) {
            String word = token.replaceAll("^'+|'+$", "");
            if (word.isEmpty() || FILLERS.contains(word)) {
                continue;
            }
            String spelled = CONTRACTIONS.get(word);
            if (spelled != null) {
                words.addAll(List.of(spelled.split(" ")));
            } else {
                words.add(word.replace("'", ""));
            }
        }
        return words;
    }
}
