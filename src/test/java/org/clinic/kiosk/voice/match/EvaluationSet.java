package org.clinic.kiosk.voice.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A labelled evaluation set from {@code src/test/resources/voice/eval/}: {@code NAME.tsv} (typed),
 * {@code NAME-noisy.tsv} (imitated recognizer slips, by {@code make-noisy.py}) and
 * {@code NAME-pocketsphinx.tsv} (real PocketSphinx transcripts of several synthetic voices, by
 * {@code recognize.py}, with the recognizer's other n-best alternatives in a fourth column) and
 * {@code NAME-pocketsphinx-grammar.tsv} (the same, heard as the kiosk hears: its pipeline and
 * recognizer biased to its own words, by {@link GrammarCopy}; the header names the vocabulary).
 *
 * @param name the file's name without {@code .tsv}, such as {@code dev-noisy}
 * @param header the file's comment lines
 */
record EvaluationSet(String name, List<Utterance> utterances, List<String> header) {

    /**
     * One labelled utterance.
     *
     * @param label a topic id, {@code command:NAME}, {@code front-desk} or {@code none}
     * @param heard what was typed or heard, best transcript first, then the recognizer's alternatives
     * @param source the persona or the voice
     */
    record Utterance(String label, List<String> heard, String source) {

        boolean outOfDomain() {
            return label.equals("front-desk") || label.equals("none");
        }

        boolean command() {
            return label.startsWith("command:");
        }
    }

    /** The vocabulary a grammar-biased copy was heard with, as its header says; empty for other sets. */
    Optional<GrammarStamp> grammar() {
        return GrammarStamp.in(header);
    }

    static boolean exists(String name) {
        return EvaluationSet.class.getResource("/voice/eval/" + name + ".tsv") != null;
    }

    static EvaluationSet read(String name) {
        String resource = "/voice/eval/" + name + ".tsv";
        try (InputStream in = EvaluationSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No evaluation set " + resource);
            }
            List<Utterance> utterances = new ArrayList<>();
            List<String> header = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (line.startsWith("#")) {
                    header.add(line);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                List<String> heard = new ArrayList<>(List.of(parts[1]));
                if (parts.length > 3 && !parts[3].isBlank()) {
                    Arrays.stream(parts[3].split(" \\| ")).forEach(heard::add);
                }
                utterances.add(new Utterance(parts[0], heard, parts.length > 2 ? parts[2] : ""));
            }
            return new EvaluationSet(name, List.copyOf(utterances), List.copyOf(header));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
