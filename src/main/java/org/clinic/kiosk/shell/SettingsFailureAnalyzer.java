package org.clinic.kiosk.shell;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * What the log says when the settings stop start-up, instead of Spring's own report, which copies
 * every rejected value whole into the log: each bad key with its value cut short ({@link
 * SettingsFile#shown}), where it is written (file and line) and why it cannot be used. The stack
 * trace is logged only at debug level.
 */
final class SettingsFailureAnalyzer implements FailureAnalyzer, Ordered {

    private static final String ACTION = "Correct the settings file (its comments give the values each key takes),"
            + " or the environment variable or option that sets the key, then start the kiosk again.";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // before Spring's own analyzers of the same failures
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SettingsException settings) {
                return new FailureAnalysis(settings.getMessage(), ACTION, settings);
            }
            if (cause instanceof BindException bind && bind.getName().toString().startsWith("kiosk")) {
                return new FailureAnalysis(describe(bind), ACTION, bind);
            }
        }
        return null;
    }

    private static String describe(BindException bind) {
        List<String> problems = new ArrayList<>();
        if (bind.getCause() instanceof BindValidationException validation) {
            String group = validation.getValidationErrors().getName().toString();
            for (ObjectError error : validation.getValidationErrors()) {
                if (error instanceof FieldError field) {
                    problems.add(problem(
                            group + "." + dashed(field.getField()),
                            String.valueOf(field.getRejectedValue()),
                            Origin.from(field),
                            field.getDefaultMessage()));
                } else {
                    problems.add(group + ": " + SettingsFile.shown(String.valueOf(error.getDefaultMessage())));
                }
            }
        } else {
            ConfigurationProperty property = bind.getProperty();
            Throwable reason = bind.getCause() == null ? bind : bind.getCause();
            while (reason.getCause() != null) {
                reason = reason.getCause();
            }
            problems.add(problem(
                    property == null
                            ? bind.getName().toString()
                            : property.getName().toString(),
                    property == null ? "" : String.valueOf(property.getValue()),
                    property == null ? null : property.getOrigin(),
                    cut(String.valueOf(reason.getMessage()))));
        }
        return "Settings: " + String.join("; ", problems);
    }

    private static String problem(String key, String value, Origin origin, String why) {
        return key + " = '" + SettingsFile.shown(value) + "'" + (origin == null ? "" : " (" + origin + ")")
                + " cannot be used: " + why;
    }

    /** A converter's message may quote the whole value: kept to a few lines' length. */
    private static String cut(String message) {
        return message.length() <= 200 ? message : message.substring(0, 200) + "…";
    }

    /** {@code idleSeconds} as written in the file: {@code idle-seconds}. */
    private static String dashed(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
