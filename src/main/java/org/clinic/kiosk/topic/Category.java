package org.clinic.kiosk.topic;

import java.util.Arrays;
import java.util.Optional;

/** The four groups a patient chooses from on the home screen, in the order they are shown. */
public enum Category {
    UNDERSTANDING(
            "understanding", "Understanding recurrence", "What it means when cancer comes back, and how it is found."),
    TREATMENT("treatment", "Treatment and decisions", "Your choices, clinical trials, and talking with your doctors."),
    COPING("coping", "Coping and support", "Feelings, family and friends, and where to find support."),
    PLANNING("planning", "Planning ahead", "Comfort care, making your wishes known, and living with cancer.");

    private final String id;
    private final String title;
    private final String description;

    Category(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public static Optional<Category> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
