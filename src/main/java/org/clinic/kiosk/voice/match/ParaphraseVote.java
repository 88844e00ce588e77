package org.clinic.kiosk.voice.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clinic.kiosk.topic.Topic;

/**
 * A second opinion on which topic a question means, by its meaning rather than the words it shares:
 * each topic's title, summary and example questions, with more ways of asking from {@link #RESOURCE},
 * as sentence embeddings ({@link SentenceModel}). A question votes for the topics whose closest
 * sentence is nearest by cosine. The front-desk and off-topic questions are embedded too, so a
 * question nearest to them votes for no topic. It never names a command: commands are found only by
 * their phrases.
 */
final class ParaphraseVote {

    /** More ways of asking, one a line: {@code topic-id<TAB>question}, written from the topics' texts. */
    static final String RESOURCE = "voice/paraphrases.txt";

    /**
     * One topic's (or the front desk's, or off-topic's) nearest sentence to a question.
     *
     * @param cosine the nearest sentence's cosine
     * @param nearThree the mean cosine of its three nearest sentences (fewer when it has fewer)
     */
    record Vote(String id, double cosine, String closest, double nearThree) {}

    /** How many of an id's nearest sentences {@link Vote#nearThree} averages. */
    static final int NEAREST = 3;

    /** The ids of commands' sentences ({@link #COMMANDS_RESOURCE}) begin with this. */
    static final String COMMAND = "command:";

    /** How patients ask for each command in a sentence, one a line: {@code command-id<TAB>sentence}. */
    static final String COMMANDS_RESOURCE = "voice/command-sentences.txt";

    /**
     * What a question voted.
     *
     * @param ranked per id (a topic's, the front desk's, off-topic's) its nearest sentence, by cosine, best first
     * @param commands the same per command ({@link #COMMAND} and its id), best first: apart, so that only
     *     {@link CommandByMeaning} weighs them
     */
    record Votes(List<Vote> ranked, List<Vote> commands) {

        static final Votes NONE = new Votes(List.of(), List.of());

        Votes {
            ranked = List.copyOf(ranked);
            commands = List.copyOf(commands);
        }

        /** Per id, the nearer of these votes and those: sentence and mean of three alike. */
        Votes with(Votes those) {
            return new Votes(nearer(ranked, those.ranked), nearer(commands, those.commands));
        }

        private static List<Vote> nearer(List<Vote> these, List<Vote> those) {
            Map<String, Vote> best = new LinkedHashMap<>();
            for (Vote vote : java.util.stream.Stream.concat(these.stream(), those.stream())
                    .toList()) {
                best.merge(
                        vote.id(),
                        vote,
                        (a, b) -> new Vote(
                                a.id(),
                                Math.max(a.cosine(), b.cosine()),
                                a.cosine() >= b.cosine() ? a.closest() : b.closest(),
                                Math.max(a.nearThree(), b.nearThree())));
            }
            return best.values().stream()
                    .sorted(Comparator.comparingDouble(Vote::cosine).reversed())
                    .toList();
        }

        /** How far the best vote is ahead of the next id's, in cosine (the best cosine when alone). */
        double margin() {
            if (ranked.isEmpty()) {
                return 0;
            }
            return ranked.getFirst().cosine()
                    - (ranked.size() < 2 ? 0 : ranked.get(1).cosine());
        }
    }

    /** Topic sentences already embedded, by their cleaned-up words: a rebuilt matcher embeds only new ones. */
    private static final Map<String, float[]> EMBEDDED = new ConcurrentHashMap<>();

    private final List<String> texts = new ArrayList<>();
    /** The distinct ids, in the order first met. */
    private final List<String> distinctIds;
    /** Per sentence, its id's place in {@link #distinctIds}. */
    private final int[] idOf;
    /** All sentences' unit vectors one after another, {@link SentenceModel#DIMENSIONS} floats each. */
    private final float[] matrix;

    /**
     * @param sentences per id (a topic's, {@link TopicIndex#FRONT_DESK}, {@link TopicIndex#OFF_TOPIC}),
     *                  the sentences that stand for it
     */
    ParaphraseVote(Map<String, List<String>> sentences) {
        SentenceModel model = SentenceModel.get();
        List<String> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : sentences.entrySet()) {
            for (String sentence : entry.getValue().stream().distinct().toList()) {
                String words = String.join(" ", SpokenText.words(sentence));
                if (!words.isBlank()) {
                    ids.add(entry.getKey());
                    texts.add(sentence);
                    vectors.add(EMBEDDED.computeIfAbsent(words, model::unitVector));
                }
            }
        }
        distinctIds = ids.stream().distinct().toList();
        idOf = ids.stream().mapToInt(distinctIds::indexOf).toArray();
        matrix = new float[vectors.size() * SentenceModel.DIMENSIONS];
        for (int i = 0; i < vectors.size(); i++) {
            System.arraycopy(vectors.get(i), 0, matrix, i * SentenceModel.DIMENSIONS, SentenceModel.DIMENSIONS);
        }
    }

    /**
     * The sentences of each topic (title, summary, example questions, and the lines of
     * {@link #RESOURCE} naming it) and of each declined id (its questions, and its lines there).
     */
    static Map<String, List<String>> sentences(
            List<Topic> topics,
            Map<String, List<String>> declines,
            List<String> paraphraseLines,
            List<String> commandLines) {
        Map<String, List<String>> sentences = new LinkedHashMap<>();
        for (Topic topic : topics) {
            List<String> own = new ArrayList<>();
            own.add(topic.title());
            own.add(topic.summary());
            own.addAll(topic.questions());
            sentences.put(topic.id(), own);
        }
        declines.forEach((id, questions) -> sentences.put(id, new ArrayList<>(questions)));
        for (String line : paraphraseLines) {
            String[] parts = line.split("\t", 2);
            List<String> own = sentences.get(parts[0].strip());
            if (parts.length == 2 && own != null) {
                own.add(parts[1].strip());
            }
        }
        for (String line : commandLines) {
            String[] parts = line.split("\t", 2);
            Command command = Command.byId(parts[0].strip())
                    .orElseThrow(() -> new IllegalStateException(
                            COMMANDS_RESOURCE + ": no command is called '" + parts[0].strip() + "'"));
            if (parts.length == 2) {
                sentences
                        .computeIfAbsent(COMMAND + command.id(), id -> new ArrayList<>())
                        .add(parts[1].strip());
            }
        }
        return sentences;
    }

    /** How many sentences stand for the topics and the declined ids. */
    int size() {
        return texts.size();
    }

    /**
     * The votes on several transcripts of one utterance (the recognizer's alternatives), embedded side
     * by side (ONNX Runtime runs a session from several threads): see {@link Votes#with}.
     */
    Votes vote(List<String> heard) {
        return heard.parallelStream().map(this::vote).reduce(Votes.NONE, Votes::with);
    }

    /** Per id, its nearest sentence to the question, best first; no votes when no word is left. */
    Votes vote(String question) {
        String words = String.join(" ", SpokenText.words(question));
        if (words.isBlank()) {
            return Votes.NONE;
        }
        // a question is embedded afresh each time: nothing a patient says is kept
        float[] asked = SentenceModel.get().unitVector(words);
        Nearest[] nearest = new Nearest[distinctIds.size()];
        for (int id = 0; id < nearest.length; id++) {
            nearest[id] = new Nearest();
        }
        for (int i = 0; i < idOf.length; i++) {
            nearest[idOf[i]].add(dot(asked, matrix, i * SentenceModel.DIMENSIONS), i);
        }
        List<Vote> ranked = new ArrayList<>(nearest.length);
        List<Vote> commands = new ArrayList<>();
        for (int id = 0; id < nearest.length; id++) {
            String name = distinctIds.get(id);
            (name.startsWith(COMMAND) ? commands : ranked).add(nearest[id].vote(name, texts));
        }
        ranked.sort(Comparator.comparingDouble(Vote::cosine).reversed());
        commands.sort(Comparator.comparingDouble(Vote::cosine).reversed());
        return new Votes(ranked, commands);
    }

    /** One id's {@link #NEAREST} highest cosines, highest first, and which sentence was the nearest. */
    private static final class Nearest {

        private final double[] cosines = new double[NEAREST];
        private int count;
        private int closest;

        void add(double cosine, int sentence) {
            int at = 0;
            while (at < count && cosines[at] >= cosine) {
                at++;
            }
            if (at == NEAREST) {
                return;
            }
            System.arraycopy(cosines, at, cosines, at + 1, Math.min(count, NEAREST - 1) - at);
            cosines[at] = cosine;
            count = Math.min(count + 1, NEAREST);
            if (at == 0) {
                closest = sentence;
            }
        }

        Vote vote(String id, List<String> texts) {
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += cosines[i];
            }
            return new Vote(id, cosines[0], texts.get(closest), sum / count);
        }
    }

    /**
     * The dot product of {@code a} with the vector at {@code from} in {@code b}, summed in eight
     * independent float parts so the processor overlaps the additions and converts nothing (the vote's
     * main cost: with four double parts the n-best path took 6.3 ms a question, with these 4.9 ms).
     */
    private static double dot(float[] a, float[] b, int from) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int i = 0;
        for (; i + 7 < a.length; i += 8) {
            int j = from + i;
            s0 += a[i] * b[j];
            s1 += a[i + 1] * b[j + 1];
            s2 += a[i + 2] * b[j + 2];
            s3 += a[i + 3] * b[j + 3];
            s4 += a[i + 4] * b[j + 4];
            s5 += a[i + 5] * b[j + 5];
            s6 += a[i + 6] * b[j + 6];
            s7 += a[i + 7] * b[j + 7];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[from + i];
        }
        return ((double) s0 + s1 + s2 + s3) + ((double) s4 + s5 + s6 + s7);
    }
}
