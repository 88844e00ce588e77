package org.clinic.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.clinic.kiosk.speech.SpeechRate;
import org.clinic.kiosk.speech.SpeechSettings;
import org.clinic.kiosk.speech.SpeechVolume;
import org.clinic.kiosk.staff.StaffSettings;
import org.clinic.kiosk.topic.TopicSettings;
import org.clinic.kiosk.usage.UsageSettings;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.match.MatcherSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class KioskSettingsTest {

    @Configuration
    @EnableConfigurationProperties({
        KioskSettings.class,
        HelpSettings.class,
        TopicSettings.class,
        UsageSettings.class,
        StaffSettings.class,
        SpeechSettings.class,
        MatcherSettings.class,
        VoiceSettings.class
    })
    static class SettingsOnly {
        @org.springframework.context.annotation.Bean
        static SettingsKeys settingsKeys() {
            return new SettingsKeys();
        }
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
    void usageLogDefaultsApplyWhenItsKeysAreAbsent() {
        runner.run(context -> {
            UsageSettings usage = context.getBean(UsageSettings.class);
            assertEquals("waiting-room", usage.kioskName());
            assertEquals(Duration.ofHours(1), usage.timePrecision());
            assertEquals(Duration.ofDays(400), usage.keepRawEvents());
            assertEquals(50_000, usage.queueCapacity());
        });
    }

    @Test
    void usageLogValuesAreBoundAndCheckedNamingTheKey() {
        runner.withPropertyValues(
                        "kiosk.usage.kiosk-name=lobby-2",
                        "kiosk.usage.time-precision=15m",
                        "kiosk.usage.keep-raw-events=90d")
                .run(context -> {
                    UsageSettings usage = context.getBean(UsageSettings.class);
                    assertEquals("lobby-2", usage.kioskName());
                    assertEquals(Duration.ofMinutes(15), usage.timePrecision());
                    assertEquals(Duration.ofDays(90), usage.keepRawEvents());
                });
        runner.withPropertyValues("kiosk.usage.time-precision=often")
                .run(context ->
                        assertThat(context.getStartupFailure()).hasStackTraceContaining("kiosk.usage.time-precision"));
        runner.withPropertyValues("kiosk.usage.queue-capacity=3")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("queueCapacity"));
        runner.withPropertyValues("kiosk.usage.kiosk-nmae=x").run(context -> assertThat(context.getStartupFailure())
                .hasStackTraceContaining("kiosk.usage.kiosk-nmae"));
    }

    @Test
    void matcherSettingsDefaultWhenAbsentAndBindWhenGiven() {
        runner.run(context -> assertEquals(
                Path.of("kiosk-config/synonyms.txt"),
                context.getBean(MatcherSettings.class).synonymsFile()));
        runner.withPropertyValues("kiosk.matcher.synonyms-file=/etc/kiosk/lay-words.txt")
                .run(context -> assertEquals(
                        Path.of("/etc/kiosk/lay-words.txt"),
                        context.getBean(MatcherSettings.class).synonymsFile()));
        runner.withPropertyValues("kiosk.matcher.synonym-file=x.txt")
                .run(context ->
                        assertThat(context.getStartupFailure()).hasStackTraceContaining("kiosk.matcher.synonym-file"));
    }

    @Test
    void clinicValuesAreBound() {
        runner.withPropertyValues(
                        "kiosk.clinic-name=Riverside Clinic",
                        "kiosk.idle-seconds=120",
                        "kiosk.default-text-size=largest",
                        "kiosk.default-theme=high-contrast")
                .run(context -> {
                    KioskSettings settings = context.getBean(KioskSettings.class);
                    assertEquals("Riverside Clinic", settings.clinicName());
                    assertEquals(120, settings.idleSeconds());
                    assertEquals(TextSize.LARGEST, settings.defaultTextSize());
                    assertEquals(ContrastTheme.HIGH_CONTRAST, settings.defaultTheme());
                });
    }

    @Test
    void speechSettingsHaveDefaultsWhenTheGroupIsAbsent() {
        runner.run(context -> {
            SpeechSettings speech = context.getBean(SpeechSettings.class);
            assertEquals(Path.of("kiosk-config/pronunciations.txt"), speech.pronunciationFile());
            assertEquals(SpeechRate.NORMAL, speech.defaultRate());
            assertEquals(SpeechVolume.NORMAL, speech.defaultVolume());
            assertEquals(32L * 1024 * 1024, speech.cacheBytes());
            assertEquals(2, speech.voices());
            assertTrue(speech.warmUp());
        });
    }

    @Test
    void speechSettingsAreBoundAndCheckedNamingTheKey() {
        runner.withPropertyValues(
                        "kiosk.speech.default-rate=slower",
                        "kiosk.speech.default-volume=loudest",
                        "kiosk.speech.cache-megabytes=8",
                        "kiosk.speech.warm-up=false")
                .run(context -> {
                    SpeechSettings speech = context.getBean(SpeechSettings.class);
                    assertEquals(SpeechRate.SLOWER, speech.defaultRate());
                    assertEquals(SpeechVolume.LOUDEST, speech.defaultVolume());
                    assertEquals(8L * 1024 * 1024, speech.cacheBytes());
                    assertEquals(false, speech.warmUp());
                });
        runner.withPropertyValues("kiosk.speech.default-rate=very-fast")
                .run(context ->
                        assertThat(context.getStartupFailure()).hasStackTraceContaining("kiosk.speech.default-rate"));
        runner.withPropertyValues("kiosk.speech.cache-megabytes=0")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("cacheMegabytes"));
        runner.withPropertyValues("kiosk.speech.volume=11")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("kiosk.speech.volume"));
    }

    @Test
    void voiceSettingsHaveDefaultsAndOutOfRangeValuesStopStartUp() {
        runner.run(context -> {
            VoiceSettings voice = context.getBean(VoiceSettings.class);
            assertEquals(false, voice.handsFree());
            assertEquals("hello kiosk", voice.wakePhrase());
            assertEquals(java.time.Duration.ofMillis(600), voice.endSilence());
            assertEquals(VoiceSettings.Engine.AUTO, voice.engine());
            assertEquals(java.nio.file.Path.of("/usr/share/pocketsphinx/model/en-us"), voice.pocketsphinxModelDir());
        });
        runner.withPropertyValues("kiosk.voice.engine=pocketsphinx")
                .run(context -> assertEquals(
                        VoiceSettings.Engine.POCKETSPHINX,
                        context.getBean(VoiceSettings.class).engine()));
        runner.withPropertyValues("kiosk.voice.engine=whisper")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("kiosk.voice.engine"));
        runner.withPropertyValues("kiosk.voice.no-speech-timeout=0s")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("noSpeechTimeout"));
        runner.withPropertyValues("kiosk.voice.max-utterance=24h")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("maxUtterance"));
        runner.withPropertyValues("kiosk.voice.end-silence=10ms")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("endSilence"));
        // punctuation could never be heard: the recognizer gives lower-case words only
        runner.withPropertyValues("kiosk.voice.wake-phrase=Hello, kiosk!")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining("wakePhrase")
                        .hasStackTraceContaining("lower-case words"));
    }

    @Test
    void invalidValueStopsStartUpNamingTheKey() {
        runner.withPropertyValues("kiosk.idle-seconds=soon")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("soon"));
        runner.withPropertyValues("kiosk.idle-seconds=soon")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("kiosk.idle-seconds"));
        runner.withPropertyValues("kiosk.default-text-size=huge").run(context -> assertThat(context.getStartupFailure())
                .hasStackTraceContaining("kiosk.default-text-size"));
    }

    @Test
    void outOfRangeValueStopsStartUpNamingTheKey() {
        runner.withPropertyValues("kiosk.idle-seconds=5").run(context -> assertThat(context.getStartupFailure())
                .hasStackTraceContaining("idleSeconds")
                .hasStackTraceContaining("kiosk"));
    }

    @Test
    void unknownKioskKeyStopsStartUpNamingTheKey() {
        runner.withPropertyValues("kiosk.idle-secnds=60")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("kiosk.idle-secnds"));
    }

    @Test
    void shippedSettingsFileIsValid() throws IOException {
        runner.withPropertyValues(SettingsFile.values(null).entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .toArray(String[]::new))
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void helpCardSettingsAreEmptyByDefaultAndListOnlyTheNumbersSet() {
        runner.run(context -> {
            HelpSettings help = context.getBean(HelpSettings.class);
            assertEquals("", help.frontDeskLocation());
            assertEquals(List.of(), help.numbers());
            assertFalse(context.getBean(KioskSettings.class).headphoneJack());
        });
        runner.withPropertyValues(
                        "kiosk.help.nurse-line=555-0100", "kiosk.help.out-of-hours-line= ", "kiosk.headphone-jack=true")
                .run(context -> {
                    assertEquals(
                            List.of(new HelpSettings.Line("help-nurse-line", "Nurse line", "555-0100")),
                            context.getBean(HelpSettings.class).numbers());
                    assertTrue(context.getBean(KioskSettings.class).headphoneJack());
                });
        runner.withPropertyValues("kiosk.help.nurse-line=" + "5".repeat(41))
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("nurseLine"));
    }

    @Test
    void staffAreaSettingsDefaultAndBind() {
        runner.run(
                context -> assertEquals(5, context.getBean(StaffSettings.class).idleMinutes()));
        runner.withPropertyValues("kiosk.staff.idle-minutes=10")
                .run(context -> assertEquals(
                        java.time.Duration.ofMinutes(10),
                        context.getBean(StaffSettings.class).idleAfter()));
        runner.withPropertyValues("kiosk.staff.idle-minutes=0")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("idleMinutes"));
        runner.withPropertyValues("kiosk.staff.idel-minutes=3").run(context -> assertThat(context.getStartupFailure())
                .hasStackTraceContaining("kiosk.staff.idel-minutes"));
    }

    @Test
    void aBindAddressOtherComputersCanReachStopsStartUpSayingWhy() {
        ApplicationContextRunner shell = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(KioskConfiguration.class)
                .withPropertyValues("kiosk.data-dir=target/bind-address-test");
        for (String address : List.of("0.0.0.0", "192.168.1.20", "::")) {
            shell.withPropertyValues("kiosk.bind-address=" + address)
                    .run(context -> assertThat(context.getStartupFailure())
                            .hasRootCauseMessage("Settings: kiosk.bind-address=" + address
                                    + " would let other computers reach the kiosk, and the staff PIN would cross the network"
                                    + " as plain HTTP: the kiosk serves no HTTPS itself. Keep kiosk.bind-address=127.0.0.1"
                                    + " (the default) and use the staff area on the kiosk's screen, or serve it to staff"
                                    + " computers through an HTTPS reverse proxy on this machine in front of 127.0.0.1 (see"
                                    + " SECURITY.md)."));
        }
        for (String address : List.of("127.0.0.1", "::1", "localhost")) {
            shell.withPropertyValues("kiosk.bind-address=" + address)
                    .run(context -> assertThat(context).hasNotFailed());
        }
    }

    @Test
    void aNewDataFolderIsTheKiosksOnly(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path data = folder.resolve("data");
        KioskConfiguration.createOwnerOnly(data);
        assertEquals(
                "rwx------",
                java.nio.file.attribute.PosixFilePermissions.toString(
                        java.nio.file.Files.getPosixFilePermissions(data)));
    }
}
