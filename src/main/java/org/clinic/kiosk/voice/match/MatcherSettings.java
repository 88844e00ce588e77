package org.clinic.kiosk.voice.match;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The question matcher's settings ({@code kiosk.matcher.*}).
 *
 * @param synonymsFile the clinic's lay words, added to the built-in ones at start-up (none when missing)
 * @param paraphrases  the paraphrase vote beside the word search: a small sentence model that finds the
 *                     topic a question means when it shares no word with it (about 50 MB of memory)
 */
@Validated
@ConfigurationProperties(prefix = "kiosk.matcher", ignoreUnknownFields = false)
public record MatcherSettings(
        @DefaultValue("kiosk-config/synonyms.txt") @NotNull Path synonymsFile,
        @DefaultValue("true") boolean paraphrases) {}
