package org.clinic.kiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class KioskSettingsTest {

    @Configuration
    @EnableConfigurationProperties(KioskSettings.class)
    static class SettingsOnly {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(SettingsOnly.class);

    @Test
    void defaultsAreSafe() {
        runner.run(context -> {
            KioskSettings settings = context.getBean(KioskSettings.class);
            assertEquals(90, settings.idleSeconds());
            assertEquals(20, settings.warningSeconds());
            assertEquals(TextSize.NORMAL, settings.defaultTextSize());
            assertEquals(ContrastTheme.STANDARD, settings.defaultTheme());
            assertEquals("127.0.0.1", settings.bindAddress());
            assertEquals(8080, settings.port());
            assertEquals(Path.of("data"), settings.dataDir());
        });
    }

    @Test
    void matcherSettingsDefaultWhenAbsentAndBindWhenGiven() {
        runner.run(context -> assertEquals(Path.of("kiosk-config/synonyms.txt"),
                context.getBean(KioskSettings.class).matcher().synonymsFile()));
        runner.withPropertyValues("kiosk.matcher.synonyms-file=/etc/kiosk/lay-words.txt").run(context ->
                assertEquals(Path.of("/etc/kiosk/lay-words.txt"),
                        context.getBean(KioskSettings.class).matcher().synonymsFile()));
        runner.withPropertyValues("kiosk.matcher.synonym-file=x.txt").run(context ->
                assertThat(context.getStartupFailure()).hasStackTraceContaining("kiosk.matcher.synonym-file"));
    }

    @Test
    void clinicValuesAreBound() {
        runner.withPropertyValues("kiosk.clinic-name=Riverside Clinic", "kiosk.idle-seconds=120",
                "kiosk.default-text-size=largest", "kiosk.default-theme=high-contrast").run(context -> {
                    KioskSettings settings = context.getBean(KioskSettings.class);
                    assertEquals("Riverside Clinic", settings.clinicName());
                    assertEquals(120, settings.idleSeconds());
                    assertEquals(TextSize.LARGEST, settings.defaultTextSize());
                    assertEquals(ContrastTheme.HIGH_CONTRAST, settings.defaultTheme());
                });
    }

    @Test
    void invalidValueStopsStartUpNamingTheKey() {
        runner.withPropertyValues("kiosk.idle-seconds=soon").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("soon"));
        runner.withPropertyValues("kiosk.idle-seconds=soon").run(context ->
                assertThat(context.getStartupFailure()).hasStackTraceContaining("kiosk.idle-seconds"));
        runner.withPropertyValues("kiosk.default-text-size=huge").run(context ->
                assertThat(context.getStartupFailure()).hasStackTraceContaining("kiosk.default-text-size"));
    }

    @Test
    void outOfRangeValueStopsStartUpNamingTheKey() {
        runner.withPropertyValues("kiosk.idle-seconds=5").run(context ->
                assertThat(context.getStartupFailure()).hasStackTraceContaining("idleSeconds")
                        .hasStackTraceContaining("kiosk"));
    }

    @Test
    void unknownKioskKeyStopsStartUpNamingTheKey() {
        runner.withPropertyValues("kiosk.idle-secnds=60").run(context ->
                assertThat(context.getStartupFailure()).hasStackTraceContaining("kiosk.idle-secnds"));
    }

    @Test
    void keyOutsideTheKioskPrefixInTheSettingsFileIsRefused(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("kiosk.properties");
        Files.writeString(file, "# comment\nkiosk.port=8080\nkisok.idle-seconds=60\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KioskConfiguration.checkSettingsFile(file));
        assertTrue(e.getMessage().contains("unknown key 'kisok.idle-seconds'"), e.getMessage());
    }

    @Test
    void shippedSettingsFileIsValid() throws IOException {
        KioskConfiguration.checkSettingsFile(Path.of("kiosk-config/kiosk.properties"));
        runner.withPropertyValues(Files.readAllLines(Path.of("kiosk-config/kiosk.properties")).stream()
                .filter(l -> l.startsWith("kiosk.")).toArray(String[]::new))
                .run(context -> assertThat(context).hasNotFailed());
    }
}
