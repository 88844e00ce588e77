package org.clinic.kiosk.voice.match;

import java.util.List;

/**
 * What the kiosk understood from one spoken or typed question. "Not understood" is a result too,
 * never an exception or a null.
 */
public sealed interface MatchResult
        permits MatchResult.TopicMatch, MatchResult.TopicChoice, MatchResult.CommandMatch, MatchResult.NotUnderstood {

    /** How sure the matcher is, 0 to 1. */
    double confidence();

    /** Other topics that came close, best first, at most three. */
    List<Alternative> alternatives();

    /** A topic the matcher is sure enough of to open it. */
    record TopicMatch(String topicId, double confidence, List<Alternative> alternatives) implements MatchResult {
        public TopicMatch {
            alternatives = List.copyOf(alternatives);
        }
    }

    /**
     * Two topics came out close and neither clearly wins: the kiosk should ask which one the
     * patient meant ("one" or "two"). {@code first} is the better of the two.
     */
    record TopicChoice(Alternative first, Alternative second, List<Alternative> alternatives) implements MatchResult {
        public TopicChoice {
            alternatives = List.copyOf(alternatives);
        }

        @Override
        public double confidence() {
            return first.confidence();
        }
    }

    /**
     * A command such as "go back" or "louder". Below {@link #SURE} the kiosk asks before it does it
     * ("Did you want me to go back?"): the recognizer heard the command only in one of its later
     * alternatives, not in what it heard best.
     */
    record CommandMatch(Command command, double confidence) implements MatchResult {

        /** A command at least this sure is done at once; a less sure one is asked about first. */
        public static final double SURE = 0.6;

        /** Whether the kiosk asks before doing it. */
        public boolean askFirst() {
            return confidence < SURE;
        }

        @Override
        public List<Alternative> alternatives() {
            return List.of();
        }
    }

    /**
     * The kiosk cannot help with this. {@code reply} is a kind sentence to say and show (pointing
     * to the front desk when the question is about something outside the kiosk, such as parking),
     * {@code suggestions} three questions the patient could ask instead.
     */
    record NotUnderstood(String reply, List<String> suggestions, boolean forFrontDesk, List<Alternative> alternatives)
            implements MatchResult {
        public NotUnderstood {
            suggestions = List.copyOf(suggestions);
            alternatives = List.copyOf(alternatives);
        }

        @Override
        public double confidence() {
            return 0;
        }
    }

    /** A topic or command that came close, with its confidence 0 to 1. */
    record Alternative(Kind kind, String id, double confidence) {}

    /** The kinds of answer in the {@code ask} output. */
    enum Kind {
        TOPIC,
        COMMAND,
        NONE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
