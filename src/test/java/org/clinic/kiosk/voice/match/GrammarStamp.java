package org.clinic.kiosk.voice.match;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * Which vocabulary a grammar-biased copy ({@code NAME-pocketsphinx-grammar.tsv}) was heard with:
 * its number of phrases and a short hash of them, sorted, written in the copy's header. A copy whose
 * hash differs from the matcher's vocabulary now was heard with an older grammar.
 *
 * @param phrases how many phrases the vocabulary has
 * @param hash    the first 12 hex digits of the SHA-256 of its phrases, sorted, one a line
 */
record GrammarStamp(int phrases, String hash) {

    private static final Pattern IN_HEADER = Pattern.compile("vocabulary of (\\d+) phrases, hash ([0-9a-f]+)");

    static GrammarStamp of(Vocabulary vocabulary) {
        String sorted = String.join("\n", vocabulary.phrases().stream().sorted().toList());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sorted.getBytes(StandardCharsets.UTF_8));
            return new GrammarStamp(vocabulary.phrases().size(), HexFormat.of().formatHex(digest, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stamp written in a copy's header lines, if one is there. */
    static Optional<GrammarStamp> in(List<String> header) {
        for (String line : header) {
            Matcher found = IN_HEADER.matcher(line);
            if (found.find()) {
                return Optional.of(new GrammarStamp(Integer.parseInt(found.group(1)), found.group(2)));
            }
        }
        return Optional.empty();
    }

    /** As the header says it: {@code vocabulary of N phrases, hash H}. */
    String text() {
        return "vocabulary of " + phrases + " phrases, hash " + hash;
    }
}
