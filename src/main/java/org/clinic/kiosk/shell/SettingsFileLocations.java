package org.clinic.kiosk.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.config.ConfigDataLocation;
import org.springframework.boot.context.config.ConfigDataLocationResolver;
import org.springframework.boot.context.config.ConfigDataLocationResolverContext;
import org.springframework.boot.context.config.ConfigDataResource;

/**
 * {@code spring.config.import=kiosk-settings:${KIOSK_CONFIG_FILE:}} in {@code application.properties}:
 * the file named after the prefix, or {@link SettingsFile#DEFAULT} when nothing is named. {@link
 * SettingsFileLoader} reads it (Spring's own loader would read it as ISO-8859-1).
 */
final class SettingsFileLocations implements ConfigDataLocationResolver<SettingsFileLocations.Resource> {

    static final String PREFIX = "kiosk-settings:";

    /** The settings file, and whether {@code KIOSK_CONFIG_FILE} named it (then it must exist). */
    static final class Resource extends ConfigDataResource {

        final Path file;
        final boolean named;

        Resource(Path file, boolean named) {
            this.file = file;
            this.named = named;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Resource resource && resource.file.equals(file) && resource.named == named;
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, named);
        }

        @Override
        public String toString() {
            return "settings file " + file;
        }
    }

    @Override
    public boolean isResolvable(ConfigDataLocationResolverContext context, ConfigDataLocation location) {
        return location.hasPrefix(PREFIX);
    }

    @Override
    public List<Resource> resolve(ConfigDataLocationResolverContext context, ConfigDataLocation location) {
        String named = location.getNonPrefixedValue(PREFIX).strip();
        return List.of(
                named.isEmpty() ? new Resource(SettingsFile.DEFAULT, false) : new Resource(Path.of(named), true));
    }
}
