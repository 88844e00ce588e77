package org.clinic.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clinic.kiosk.shell.KioskSettings;
import org.clinic.kiosk.topic.TopicSettings;
import org.clinic.kiosk.voice.match.Command;
import org.clinic.kiosk.voice.match.MatchExplanation;
import org.clinic.kiosk.voice.match.MatchResult;
import org.clinic.kiosk.voice.match.MatcherSettings;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class AskCommandTest {

    /** A matcher that fails on one question, the way Lucene did on a very long one. */
    private static final QuestionMatcher FAILS_ON_BOOM = new QuestionMatcher() {
        @Override
        public MatchResult match(String question) {
            if (question.contains("boom")) {
                throw new IllegalStateException("too many clauses");
            }
            return new MatchResult.CommandMatch(Command.HOME, 1.0);
        }

        @Override
        public MatchExplanation explain(String question) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> problems() {
            return List.of();
        }

        @Override
        public org.clinic.kiosk.voice.recognition.Vocabulary vocabulary() {
            return org.clinic.kiosk.voice.recognition.Vocabulary.UNRESTRICTED;
        }
    };

    @Test
    void aLineTheMatcherFailsOnIsAnsweredNoneAndTheBatchGoesOn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AskCommand.answer(
                FAILS_ON_BOOM,
                new ByteArrayInputStream("home\nboom\ngo home\n".getBytes(StandardCharsets.UTF_8)),
                out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly(
                        "{\"question\":\"home\",\"kind\":\"command\",\"id\":\"home\",\"confidence\":1.0,\"alternatives\":[]}",
                        "{\"question\":\"boom\",\"kind\":\"none\",\"id\":null,\"confidence\":0.0,\"alternatives\":[]}",
                        "{\"question\":\"go home\",\"kind\":\"command\",\"id\":\"home\",\"confidence\":1.0,\"alternatives\":[]}");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2").contains("too many clauses");
    }

    @Test
    void explainAddsWhatWasHeardTheSoundAlikesAndWhyForEachLine() throws Exception {
        QuestionMatcher matcher = org.clinic.kiosk.voice.match.LuceneQuestionMatcher.build(
                org.clinic.kiosk.topic.TopicCatalog.load(Path.of("target/no-topic-overrides"))
                        .all(),
                Path.of("kiosk-config/synonyms.txt"),
                "Please ask at the front desk.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AskCommand.answer(
                matcher,
                new ByteArrayInputStream(
                        "what is the palliate care\nwhat is hot spice care | what is hospice care\nplay some music\n"
                                .getBytes(StandardCharsets.UTF_8)),
                out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                true);
        List<tools.jackson.databind.JsonNode> answers = out.toString(StandardCharsets.UTF_8)
                .lines()
                .map(line ->
                        tools.jackson.databind.json.JsonMapper.builder().build().readTree(line))
                .toList();
        assertThat(answers).hasSize(3);
        assertThat(answers.get(0).get("id").asString()).isEqualTo("palliative-care");
        assertThat(answers.get(0).get("explain").get("sound-alikes").get(0).asString())
                .isEqualTo("\"palliate\" sounds like \"palliative\"");
        assertThat(answers.get(0).get("explain").get("reason").asString())
                .startsWith("accepted by words and meaning together: palliative-care ");
        assertThat(answers.get(1).get("explain").get("alternatives heard")).hasSize(2);
        assertThat(answers.get(1).get("id").asString()).isEqualTo("hospice-care");
        assertThat(answers.get(2).get("kind").asString()).isEqualTo("none");
        assertThat(answers.get(2).get("explain").get("reason").asString())
                .startsWith("declined by words and meaning together: ")
                .contains("the search alone: declined: closest to things the kiosk does not cover");
        tools.jackson.databind.JsonNode closest =
                answers.get(2).get("explain").get("closest in meaning").get(0);
        assertThat(closest.get("id").asString()).isEqualTo("off-topic");
        assertThat(closest.get("closest").asString()).contains("music");
        assertThat(closest.get("cosine").asDouble()).isBetween(0.5, 1.0);
    }

    private static StandardEnvironment environment(
            Map<String, Object> systemProperties, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                        new MapPropertySource(
                                StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, systemProperties));
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return environment;
    }

    @Test
    void systemPropertiesThenEnvironmentVariablesThenTheSettingsFileAsTheKioskDoes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clinic.properties");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "kiosk.content-dir=file-topics",
                        "kiosk.front-desk-message=Ask Sam at the desk.",
                        "kiosk.matcher.synonyms-file=file-synonyms.txt"));
        Binder settings = AskCommand.settings(environment(
                Map.of("kiosk.matcher.synonyms-file", "property-synonyms.txt"),
                Map.of(
                        "KIOSK_CONFIG_FILE", file.toString(),
                        "KIOSK_CONTENT_DIR", "variable-topics",
                        "KIOSK_MATCHER_SYNONYMS_FILE", "variable-synonyms.txt")));
        assertThat(settings.bindOrCreate("kiosk.matcher", MatcherSettings.class).synonymsFile())
                .isEqualTo(Path.of("property-synonyms.txt"));
        assertThat(settings.bindOrCreate("kiosk", TopicSettings.class).contentDir())
                .isEqualTo(Path.of("variable-topics"));
        assertThat(settings.bindOrCreate("kiosk", KioskSettings.class).frontDeskMessage())
                .isEqualTo("Ask Sam at the desk.");

        Path missing = dir.resolve("missing.properties");
        assertThatThrownBy(() ->
                        AskCommand.settings(environment(Map.of(), Map.of("KIOSK_CONFIG_FILE", missing.toString()))))
                .hasMessage(
                        "Settings file " + missing
                                + " does not exist (named by KIOSK_CONFIG_FILE; unset it to use kiosk-config/kiosk.properties)");

        Path empty = Files.writeString(dir.resolve("empty.properties"), "# nothing set\n");
        Binder fromVariables = AskCommand.settings(environment(
                Map.of(),
                Map.of("KIOSK_CONFIG_FILE", empty.toString(), "KIOSK_FRONT_DESK_MESSAGE", "Please see Ana.")));
        assertThat(fromVariables.bindOrCreate("kiosk", KioskSettings.class).frontDeskMessage())
                .isEqualTo("Please see Ana.");
        assertThat(fromVariables.bindOrCreate("kiosk", TopicSettings.class).contentDir())
                .isEqualTo(Path.of("kiosk-config/topics"));
        assertThat(fromVariables
                        .bindOrCreate("kiosk.matcher", MatcherSettings.class)
                        .synonymsFile())
                .isEqualTo(Path.of("kiosk-config/synonyms.txt"));
    }
}
