package org.clinic.kiosk.usage;

import java.util.Objects;

/**
 * Something a patient did that staff may count. Every field is a fixed choice or a short id
 * (a topic or category id, a text-size name): never words the patient said or typed.
 */
public sealed interface UsageEvent {

    /** A new patient started using the kiosk (left the welcome screen, or did something there). */
    record VisitStarted() implements UsageEvent {}

    /** The visit ended, and why. */
    record VisitEnded(EndReason reason) implements UsageEvent {
        public VisitEnded {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A topic page was shown, with how the patient got there. */
    record TopicViewed(String topicId, String categoryId, HowReached how) implements UsageEvent {
        public TopicViewed {
            EventIds.require(topicId, "topicId");
            EventIds.require(categoryId, "categoryId");
            Objects.requireNonNull(how, "how");
        }
    }

    /** A spoken question and what came of it: only the outcome, never the words. */
    record VoiceQuestion(VoiceOutcome outcome) implements UsageEvent {
        public VoiceQuestion {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** "Read aloud" was started. */
    record ReadAloudUsed() implements UsageEvent {}

    /** The patient chose another text size, e.g. {@code largest}. */
    record TextSizeChanged(String size) implements UsageEvent {
        public TextSizeChanged {
            EventIds.require(size, "size");
        }
    }

    /** The patient switched high contrast on or off. */
    record ContrastChanged(boolean highContrast) implements UsageEvent {}

    /** The "Need help now?" card was opened (by touch or by voice). */
    record HelpCardOpened() implements UsageEvent {}

    /** Why a visit ended. */
    enum EndReason {
        /** Nobody touched the kiosk, so it reset itself for the next patient. */
        IDLE_RESET,
        /** The patient went back to the welcome screen themselves. */
        HOME,
        /** Staff opened the staff area. */
        STAFF,
        /** The patient touched "I'm finished". */
        FINISHED
    }

    /** How a topic page was reached. */
    enum HowReached {
        /** Touch: a tile, a related-topic link, or the "Need help now?" entry. */
        TILE,
        RELATED_LINK,
        HELP_ENTRY,
        /** "Next in this section" at the end of a topic. */
        NEXT_IN_SECTION,
        /** A spoken question. */
        VOICE
    }

    /** What came of a spoken question. */
    enum VoiceOutcome {
        MATCHED_TOPIC,
        MATCHED_COMMAND,
        NOT_UNDERSTOOD
    }
}
