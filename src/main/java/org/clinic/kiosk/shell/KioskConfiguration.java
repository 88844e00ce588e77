package org.clinic.kiosk.shell;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shell's start-up: the clock, the settings keys checked as a whole, the data folder.
 * Each feature opens and closes its own stores in its own configuration (topics, usage log, speech,
 * the speech model).
 */
@Configuration
@EnableConfigurationProperties({KioskSettings.class, HelpSettings.class})
class KioskConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(KioskConfiguration.class);

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /**
     * Makes the data folder and says what this kiosk is; the settings file was read and checked
     * line by line before ({@link SettingsFileLoader}), the features bind their own settings and
     * open their own stores.
     */
    @Bean
    StartUp startUp(KioskSettings settings) throws IOException {
        refuseThePinInPlainTextOnTheNetwork(settings.bindAddress());
        createOwnerOnly(settings.dataDir());
        LOG.info(
                "Kiosk '{}' starting: idle reset after {} s (+{} s warning), data folder {}",
                settings.clinicName(),
                settings.idleSeconds(),
                settings.warningSeconds(),
                settings.dataDir().toAbsolutePath());
        return new StartUp(settings.dataDir());
    }

    /** The data folder, made readable by the kiosk's own user only (0700) when it is new. */
    static void createOwnerOnly(Path folder) throws IOException {
        if (!Files.isDirectory(folder)
                && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(
                    folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /**
     * The kiosk serves plain HTTP only. On loopback that never leaves the machine; on any other
     * address the staff PIN would cross the network readable by anyone on it, so the kiosk does not
     * start (before the web server opens its port) and says why and what to do instead.
     */
    static void refuseThePinInPlainTextOnTheNetwork(String bindAddress) {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(bindAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new SettingsException("Settings: kiosk.bind-address=" + SettingsFile.shown(bindAddress)
                    + " would let other computers reach the kiosk, and the staff PIN would cross the network as"
                    + " plain HTTP: the kiosk serves no HTTPS itself. Keep kiosk.bind-address=127.0.0.1 (the default)"
                    + " and use the staff area on the kiosk's screen, or serve it to staff computers through an HTTPS"
                    + " reverse proxy on this machine in front of 127.0.0.1 (see SECURITY.md).");
        }
    }

    /** Refuses a {@code kiosk.*} key that no feature binds (a typo would otherwise be ignored). */
    @Bean
    static SettingsKeys settingsKeys() {
        return new SettingsKeys();
    }

    /** The shell has started: its data folder exists. Features that keep files there depend on it. */
    record StartUp(Path dataDir) {}
}
