package org.clinic.kiosk.topic;

import java.util.List;

/** A document the built-in topics draw their facts from, as shown on the sources page. */
public record SourceDocument(String organisation, String title, String lastReviewed) {

    /** The five source documents behind the built-in topics. */
    public static final List<SourceDocument> BUILT_IN = List.of(
            new SourceDocument(
                    "Healthwise", "Cancer Support: When Your Cancer Comes Back or Gets Worse", "October 2023"),
            new SourceDocument("Kaiser Permanente", "Recurring or advanced cancer", "2018"),
            new SourceDocument("Maggie's", "If cancer comes back", "December 2021"),
            new SourceDocument(
                    "Mayo Clinic", "When cancer returns: How to cope with cancer recurrence", "November 2023"),
            new SourceDocument("CISN", "Cancer Recurrence (Cancer Information and Support Network)", "date not given"));
}
