package org.clinic.kiosk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.clinic.kiosk.shell.KioskSettings;
import org.clinic.kiosk.shell.SettingsFile;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.topic.TopicSettings;
import org.clinic.kiosk.voice.match.MatchExplanation;
import org.clinic.kiosk.voice.match.MatchResult;
import org.clinic.kiosk.voice.match.MatchResult.Alternative;
import org.clinic.kiosk.voice.match.MatcherConfiguration;
import org.clinic.kiosk.voice.match.MatcherSettings;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code java -jar recurrence-kiosk.jar ask [--explain]}: reads one question a line on standard
 * input and writes one JSON object a line on standard output, for staff and for evaluation:
 * <pre>{"question": "...", "kind": "topic" | "command" | "none", "id": "...", "confidence": 0.0-1.0,
 *  "alternatives": [{"kind": ..., "id": ..., "confidence": ...}]}</pre>
 * A line may hold a recognizer's alternatives, best first, separated by {@code " | "}; they are
 * matched together. A command below 0.6 confidence is one the kiosk asks about before doing it ("Did you want
 * me to go back?"): it heard it only in one of the recognizer's later alternatives. With {@code --explain} each object also has {@code "explain"}: the words heard
 * (each alternative), synonym lines used, sound-alikes, terms searched, the close topics with where
 * they matched (the closest example question first) and why the kiosk accepted or declined.
 * No web server starts. Standard output carries nothing but those lines: everything else (log
 * lines included) goes to standard error.
 */
public final class AskCommand {

    /** The first command-line argument that runs this instead of the web server. */
    public static final String NAME = "ask";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AskCommand() {}

    /** The option that adds the reasons to each answer. */
    static final String EXPLAIN = "--explain";

    /** Runs the command on the process's streams; returns the exit status. */
    public static int run(String... args) {
        List<String> options = List.of(args);
        if (!options.stream().allMatch(EXPLAIN::equals)) {
            System.err.println("Usage: ask [" + EXPLAIN + "] < questions.txt");
            return 2;
        }
        PrintStream stdout = System.out;
        // anything that writes to System.out from here on (the log's console appender included) goes to stderr
        System.setOut(System.err);
        try {
            Binder settings = settings();
            QuestionMatcher matcher = MatcherConfiguration.build(
                    TopicCatalog.load(
                            settings.bindOrCreate("kiosk", TopicSettings.class).contentDir()),
                    settings.bindOrCreate("kiosk.matcher", MatcherSettings.class),
                    settings.bindOrCreate("kiosk", KioskSettings.class).frontDeskMessage());
            answer(matcher, System.in, stdout, System.err, options.contains(EXPLAIN));
            return 0;
        } catch (RuntimeException | IOException e) {
            System.err.println("ask: " + e.getMessage());
            return 1;
        } finally {
            stdout.flush();
        }
    }

    /** The clinic's settings as the running kiosk sees them, from this process's environment. */
    static Binder settings() throws IOException {
        return settings(new StandardEnvironment());
    }

    /**
     * The clinic's settings as the running kiosk binds them: a {@code -Dkiosk.*} system property
     * first, then a {@code KIOSK_*} environment variable (relaxed binding: {@code
     * KIOSK_MATCHER_SYNONYMS_FILE} is {@code kiosk.matcher.synonyms-file}), then the settings file
     * ({@code KIOSK_CONFIG_FILE} or {@code kiosk-config/kiosk.properties}), then the defaults.
     */
    static Binder settings(ConfigurableEnvironment environment) throws IOException {
        String named = environment.getProperty(SettingsFile.VARIABLE);
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "settings file " + (named == null ? SettingsFile.DEFAULT : named),
                        Map.copyOf(SettingsFile.values(named))));
        return Binder.get(environment);
    }

    /**
     * Answers every line of {@code in}, one JSON line each, in order. A line the matcher fails on
     * is answered {@code "kind":"none"}, with the reason on {@code err}, and the next line is
     * answered as usual.
     */
    static void answer(QuestionMatcher matcher, InputStream in, OutputStream out, PrintStream err) throws IOException {
        answer(matcher, in, out, err, false);
    }

    /** The same, with the reasons for each answer when {@code explain}. */
    static void answer(QuestionMatcher matcher, InputStream in, OutputStream out, PrintStream err, boolean explain)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            List<String> heard = List.of(line.split(" \\| "));
            MatchResult result;
            MatchExplanation why = null;
            try {
                if (explain) {
                    why = matcher.explain(heard);
                    result = why.result();
                } else {
                    result = matcher.match(heard);
                }
            } catch (RuntimeException e) {
                err.println("ask: line " + number + " could not be matched (" + e + "); answered \"none\"");
                result =
                        new MatchResult.NotUnderstood("Sorry, I did not understand that.", List.of(), false, List.of());
                why = null;
            }
            writer.print(why == null ? json(line, result) : json(line, result, why));
            writer.print('\n');
            writer.flush();
        }
    }

    static String json(String question, MatchResult result) {
        return JSON.writeValueAsString(node(question, result));
    }

    /** The answer with its reasons under {@code "explain"}. */
    static String json(String question, MatchResult result, MatchExplanation why) {
        ObjectNode node = node(question, result);
        ObjectNode explain = node.putObject("explain");
        explain.put("heard", why.heard());
        strings(explain.putArray("alternatives heard"), why.alternatives());
        strings(explain.putArray("synonym lines"), why.rewrites());
        strings(explain.putArray("sound-alikes"), why.soundAlikes());
        ArrayNode paraphrases = explain.putArray("closest in meaning");
        for (MatchExplanation.Paraphrase paraphrase : why.paraphrases()) {
            ObjectNode item = paraphrases.addObject();
            item.put("id", paraphrase.id());
            item.put("closest", paraphrase.closest());
            item.put("cosine", Math.round(paraphrase.cosine() * 1000) / 1000.0);
        }
        strings(explain.putArray("search terms"), why.searchTerms());
        ArrayNode candidates = explain.putArray("candidates");
        for (MatchExplanation.Candidate candidate : why.candidates()) {
            ObjectNode item = candidates.addObject();
            item.put("id", candidate.id());
            item.put("score", Math.round(candidate.score() * 1000) / 1000.0);
            item.put("coverage", Math.round(candidate.coverage() * 1000) / 1000.0);
            strings(item.putArray("matches"), candidate.matches());
        }
        explain.put("reason", why.reason());
        return JSON.writeValueAsString(node);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static ObjectNode node(String question, MatchResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("question", question);
        List<Alternative> alternatives = result.alternatives();
        switch (result) {
            case MatchResult.TopicMatch topic -> {
                node.put("kind", "topic");
                node.put("id", topic.topicId());
            }
            case MatchResult.TopicChoice choice -> {
                node.put("kind", "topic");
                node.put("id", choice.first().id());
                alternatives = new java.util.ArrayList<>(List.of(choice.second()));
                alternatives.addAll(choice.alternatives());
            }
            case MatchResult.CommandMatch command -> {
                node.put("kind", "command");
                node.put("id", command.command().id());
            }
            case MatchResult.NotUnderstood none -> {
                node.put("kind", "none");
                node.putNull("id");
            }
        }
        node.put("confidence", result.confidence());
        ArrayNode list = node.putArray("alternatives");
        for (Alternative alternative : alternatives.subList(0, Math.min(3, alternatives.size()))) {
            ObjectNode item = list.addObject();
            item.put("kind", alternative.kind().id());
            item.put("id", alternative.id());
            item.put("confidence", alternative.confidence());
        }
        return node;
    }
}
