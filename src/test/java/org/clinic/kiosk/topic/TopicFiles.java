package org.clinic.kiosk.topic;

import java.util.List;

/** Builds small topic files for loader tests. */
final class TopicFiles {

    private TopicFiles() {}

    static String topic(String id, String category, List<String> related) {
        return header(id, category, related, 8) + body();
    }

    static String header(String id, String category, List<String> related, int questions) {
        StringBuilder text = new StringBuilder("---\n")
                .append("id: ")
                .append(id)
                .append('\n')
                .append("title: \"Title of ")
                .append(id)
                .append("\"\n")
                .append("category: ")
                .append(category)
                .append('\n')
                .append("summary: \"A short summary of ")
                .append(id)
                .append(".\"\n")
                .append("related:\n");
        related.forEach(r -> text.append("  - ").append(r).append('\n'));
        text.append("questions:\n");
        for (int i = 1; i <= questions; i++) {
            text.append("  - \"question number ")
                    .append(i)
                    .append(" about ")
                    .append(id)
                    .append("\"\n");
        }
        return text.append("sources:\n  - Mayo Clinic\nreviewed: 2026-11-21\n---\n")
                .toString();
    }

    static String body() {
        return "## First part\nA short line. Another short line.\n\n- One item.\n- Two items.\n\n"
                + "## Second part\nAsk your care team.\n";
    }

    /** A topic whose sections name their own sources, with none in the header. */
    static String topicWithSectionSources(String id) {
        return header(id, "coping", List.of("b"), 8).replace("sources:\n  - Mayo Clinic\n", "")
                + "## First part\nSources: Mayo Clinic, Maggie's\nA short line.\n\n"
                + "## Second part\nSources: CISN, Mayo Clinic\nAsk your care team.\n";
    }

    static TopicCatalog.TopicFile file(String name, String text) {
        return new TopicCatalog.TopicFile(name, text, "test " + name);
    }
}
