package org.clinic.kiosk.topic;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The topics' settings: {@code kiosk.content-dir}, the folder whose topic files replace or add to
 * the built-in ones.
 */
@Validated
@ConfigurationProperties(prefix = "kiosk")
public record TopicSettings(
        @DefaultValue("kiosk-config/topics") @NotNull Path contentDir) {}
