package org.clinic.kiosk.shell;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Each feature binds its own settings: groups such as {@code kiosk.usage.*} strictly (an unknown
 * key in a group stops start-up), top-level keys such as {@code kiosk.clinic-name} leniently, since
 * several features share the top level. This check closes that gap: once every feature's settings
 * are bound, a top-level {@code kiosk.*} key (or group) that no feature knows stops start-up,
 * naming the key.
 */
final class SettingsKeys implements SmartInitializingSingleton, ApplicationContextAware {

    private static final String PREFIX = "kiosk";

    private ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext context) throws BeansException {
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Set<String> leaves = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (ConfigurationPropertiesBean bean :
                ConfigurationPropertiesBean.getAll(context).values()) {
            String prefix = bean.getAnnotation().prefix();
            if (prefix.equals(PREFIX)) {
                Class<?> type = bean.asBindTarget().getType().resolve();
                if (type != null && type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        leaves.add(normal(component.getName()));
                    }
                }
            } else if (prefix.startsWith(PREFIX + ".")) {
                groups.add(normal(prefix.substring(PREFIX.length() + 1).split("\\.")[0]));
            }
        }
        if (!(context.getEnvironment() instanceof ConfigurableEnvironment environment)) {
            return;
        }
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (!known(name, leaves, groups)) {
                        Origin origin = OriginLookup.getOrigin(source, name);
                        throw new SettingsException("Settings: unknown key '" + SettingsFile.shown(name) + "'"
                                + (origin == null ? " in " + source.getName() : " (" + origin + ")")
                                + " (see the comments in kiosk-config/kiosk.properties for the keys a kiosk has)");
                    }
                }
            }
        }
    }

    private static boolean known(String name, Set<String> leaves, Set<String> groups) {
        if (!name.startsWith(PREFIX + ".")) {
            return true;
        }
        String rest = name.substring(PREFIX.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? leaves.contains(normal(rest)) : groups.contains(normal(rest.substring(0, dot)));
    }

    /** Relaxed names: {@code clinic-name}, {@code clinicName} and {@code clinic_name} are one key. */
    private static String normal(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
