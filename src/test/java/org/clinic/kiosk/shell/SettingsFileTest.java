package org.clinic.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.config.ConfigData;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The clinic's settings file as the kiosk really reads it: a Spring application started with
 * {@code KIOSK_CONFIG_FILE} naming a file, binding the shell's settings.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsFileTest {

    @TempDir
    Path folder;

    @Configuration
    @EnableConfigurationProperties(KioskSettings.class)
    @ImportAutoConfiguration(ValidationAutoConfiguration.class)
    static class ShellSettingsOnly {}

    private static ConfigurableApplicationContext start(String configFile) {
        return new SpringApplicationBuilder(ShellSettingsOnly.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--" + SettingsFile.VARIABLE + "=" + configFile);
    }

    /** Why start-up failed, with every cause, as the log would show it. */
    private static String failure(String configFile) {
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, () -> start(configFile));
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    private Path file(String... lines) throws IOException {
        return Files.writeString(folder.resolve("kiosk.properties"), String.join("\n", lines) + "\n");
    }

    @Test
    void anAccentedClinicNameIsShownAsWritten() throws IOException {
        Path file =
                file("# UTF-8", "kiosk.clinic-name=Clínica Éloi", "kiosk.front-desk-message=Pregunte en recepción 😊");
        try (ConfigurableApplicationContext context = start(file.toString())) {
            KioskSettings settings = context.getBean(KioskSettings.class);
            assertThat(settings.clinicName()).isEqualTo("Clínica Éloi");
            assertThat(settings.frontDeskMessage()).isEqualTo("Pregunte en recepción 😊");
        }
    }

    @Test
    void theShippedFileSaysItIsUtf8AtTheTop() throws IOException {
        List<String> top =
                Files.readAllLines(SettingsFile.DEFAULT, StandardCharsets.UTF_8).subList(0, 12);
        assertThat(String.join("\n", top)).contains("UTF-8");
    }

    @Test
    void aSettingsFileNamedButMissingStopsStartUpNamingIt() {
        Path missing = folder.resolve("kiosk-typo.properties");
        assertThat(failure(missing.toString()))
                .contains("Settings file " + missing + " does not exist (named by KIOSK_CONFIG_FILE");
    }

    @Test
    void theDefaultSettingsFileMissingIsAWarningAndTheDefaultsApply(CapturedOutput output) throws IOException {
        DeferredLogs logs = new DeferredLogs();
        SettingsFileLoader loader = new SettingsFileLoader(logs);
        ConfigData data =
                loader.load(null, new SettingsFileLocations.Resource(folder.resolve("none.properties"), false));
        logs.switchOverAll();
        assertThat(data.getPropertySources()).isEmpty();
        assertThat(output.getOut())
                .contains("WARN")
                .contains("No settings file at " + folder.resolve("none.properties") + ": the kiosk runs on its"
                        + " defaults");
    }

    @Test
    void aMalformedEscapeIsRefusedNamingTheFileAndLine() throws IOException {
        Path file = file("# the clinic", "kiosk.idle-seconds=90", "kiosk.clinic-name=Caf\\u00zz Clinic");
        assertThat(failure(file.toString()))
                .contains("Settings file " + file + ", line 3: '\\u00zz' is not a \\u escape (four hex digits)");
    }

    @Test
    void textThatIsNotUtf8IsRefusedNamingTheFileAndLine() throws IOException {
        Path file = folder.resolve("latin1.properties");
        Files.write(
                file, "kiosk.idle-seconds=90\nkiosk.clinic-name=Cl\u00ednica\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(failure(file.toString()))
                .contains("Settings file " + file + ", line 2: is not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void aKeyOutsideTheKioskPrefixOrSetTwiceIsRefusedNamingTheLine() throws IOException {
        assertThat(failure(file("# comment", "kiosk.port=8080", "kisok.idle-seconds=60")
                        .toString()))
                .contains(", line 3: unknown key 'kisok.idle-seconds'");
        assertThat(failure(file("kiosk.port=8080", "", "kiosk.port = 8081").toString()))
                .contains(", line 3: kiosk.port is already set on line 1");
    }

    @Test
    void aBadValueIsReportedWithItsFileAndLine(CapturedOutput output) throws IOException {
        Path file = file("# comment", "", "kiosk.idle-seconds=5");
        failure(file.toString());
        assertThat(output.getAll())
                .contains("Settings: kiosk.idle-seconds = '5' (file [" + file
                        + "] - 3:1) cannot be used: must be greater" + " than or equal to 30");
    }

    @Test
    void anUnknownKioskKeyIsReportedWithItsFileAndLine() throws IOException {
        Path file = file("kiosk.port=8080", "kiosk.idle-secnds=60");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShellSettingsOnly.class, Keys.class)
                .web(WebApplicationType.NONE)
                .run("--" + SettingsFile.VARIABLE + "=" + file)) {
            org.junit.jupiter.api.Assertions.fail("started with an unknown key");
        } catch (IllegalStateException e) {
            assertThat(e).hasMessageContaining("unknown key 'kiosk.idle-secnds' (file [" + file + "] - 2:1)");
        }
    }

    @Configuration
    static class Keys {
        @org.springframework.context.annotation.Bean
        static SettingsKeys settingsKeys() {
            return new SettingsKeys();
        }
    }

    @Test
    void aLongRejectedValueIsCutInTheLog(CapturedOutput output) throws IOException {
        Path file = file("kiosk.clinic-name=" + "B".repeat(900));
        failure(file.toString());
        assertThat(output.getAll())
                .contains("Settings: kiosk.clinic-name = '" + "B".repeat(60) + "… (900 characters)' (file [" + file
                        + "] - 1:1) cannot be used: size must be between 0 and 60")
                .doesNotContain("B".repeat(61));
    }

    @Test
    void aValueOfThousandsOfCharactersIsRefusedNamingTheLine(CapturedOutput output) throws IOException {
        Path file = file("kiosk.idle-seconds=90", "kiosk.clinic-name=" + "C".repeat(5000));
        assertThat(failure(file.toString()))
                .contains(", line 2: the value of kiosk.clinic-name is 5000 characters long (at most 1000): "
                        + "C".repeat(60) + "… (5000 characters)");
        assertThat(output.getAll()).doesNotContain("C".repeat(61));
    }

    @Test
    void aHugeSettingsFileIsRefusedWithoutCopyingItIntoTheLog(CapturedOutput output) throws IOException {
        Path file = file("kiosk.clinic-name=" + "A".repeat(20 * 1024 * 1024));
        assertThat(failure(file.toString())).contains("Settings file " + file + " is over 1024 KB");
        assertThat(output.getAll().lines().mapToInt(String::length).max().orElse(0))
                .isLessThan(1_000);
    }

    @Test
    void continuationLinesAndEscapesReadAsThePropertiesFormatSays() throws IOException {
        Path file = file(
                "! an old-style comment",
                "kiosk.front-desk-message = Please ask \\",
                "    at the desk\\u0021",
                "kiosk.clinic-name:Caf\\u00e9 \\\\ Clinic");
        assertThat(SettingsFile.values(file.toString()))
                .containsEntry("kiosk.front-desk-message", "Please ask at the desk!")
                .containsEntry("kiosk.clinic-name", "Café \\ Clinic");
        assertThatThrownBy(() -> SettingsFile.values(folder.toString())).hasMessageContaining("not a regular file");
    }
}
