package org.clinic.kiosk.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.context.config.ConfigData;
import org.springframework.boot.context.config.ConfigDataLoader;
import org.springframework.boot.context.config.ConfigDataLoaderContext;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.io.FileSystemResource;

/**
 * Reads the clinic's settings file as UTF-8 ({@link SettingsFile}) into the environment, each value
 * carrying its file and line, so a value the kiosk cannot use is reported with where it is
 * written. The default file missing is a warning (the kiosk runs on its defaults); a file named
 * by {@code KIOSK_CONFIG_FILE} missing stops start-up.
 */
final class SettingsFileLoader implements ConfigDataLoader<SettingsFileLocations.Resource> {

    private final Log log;

    SettingsFileLoader(DeferredLogFactory logs) {
        this.log = logs.getLog(SettingsFileLoader.class);
    }

    @Override
    public ConfigData load(ConfigDataLoaderContext context, SettingsFileLocations.Resource resource)
            throws IOException {
        if (!resource.named && !Files.exists(resource.file)) {
            log.warn("No settings file at " + resource.file.toAbsolutePath()
                    + ": the kiosk runs on its defaults (start it in the folder that holds kiosk-config/, or name"
                    + " the file with " + SettingsFile.VARIABLE + ")");
            return ConfigData.EMPTY;
        }
        List<SettingsFile.Entry> entries = SettingsFile.read(resource.file, resource.named);
        FileSystemResource origin = new FileSystemResource(resource.file);
        Map<String, Object> values = new LinkedHashMap<>();
        for (SettingsFile.Entry entry : entries) {
            values.put(
                    entry.key(),
                    OriginTrackedValue.of(
                            entry.value(),
                            new TextResourceOrigin(origin, new TextResourceOrigin.Location(entry.line() - 1, 0))));
        }
        log.info("Settings read from " + resource.file.toAbsolutePath() + " (UTF-8)");
        return new ConfigData(
                List.of(new OriginTrackedMapPropertySource("settings file " + resource.file, values, true)));
    }
}
