package org.clinic.kiosk.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The content rules the guard test applies to the built-in topics, kept apart so each can be shown to fail. */
final class ContentChecks {

    /** Two topics may share a phrase this long (an explanation of a word, say), but not a longer run. */
    static final int LONGEST_SHARED_RUN = 9;

    private static final Pattern QUOTED = Pattern.compile("[\"\u201C]([^\"\u201D]+)[\"\u201D]");
    /** British words and spellings; CONTENT.md gives the US word for each. */
    private static final Pattern NOT_US_ENGLISH = Pattern.compile(
            "\\b(GPs?|general practitioners?|care homes?|in hospital|benefits|mums?|whilst|amongst|straight away|"
                    + "food shopping|poorly|cosy|fortnight|queue|chemist|A&E|consultants?|specialist nurse|"
                    + "cent(re|res|red)|colours?|favour\\w*|behaviours?|programmes?|tumours?|counsell\\w*|"
                    + "anaemia|leukaemia|haemo\\w*|oesophag\\w*|paediatric\\w*|oedema|enrol|enrolment|fulfil|practise|"
                    + "(organi|recogni|reali|apologi|speciali|prioriti|minimi|emphasi|critici|personali|utili|"
                    + "mobili|stabili|immuni|hospitali|summari|categori|maximi|normali|visuali|characteri)"
                    + "s(e|ed|es|ing|ation|ations)|(analy|paraly)s(e|ed|ing))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");

    private ContentChecks() {}

    /** Every section names at least one source, and only the five documents the content is drawn from. */
    static List<String> sourceProblems(Topic topic) {
        Set<String> known = SourceDocument.BUILT_IN.stream()
                .map(SourceDocument::organisation)
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Topic.Section section : topic.sections()) {
            String where = topic.id() + ", section '" + section.heading() + "': ";
            if (section.sources().isEmpty()) {
                problems.add(where + "no 'Sources:' line");
            }
            section.sources().stream()
                    .filter(name -> !known.contains(name))
                    .forEach(name -> problems.add(where + "unknown source '" + name + "'"));
        }
        return problems;
    }

    /**
     * A topic points to another by quoting its title ("When to ask for help"); the quoted topic
     * must be in its related list, so the reader finds the tile at the end of the page.
     */
    static List<String> quotedTitleProblems(Topic topic, TopicCatalog catalog) {
        Set<String> relatedTitles = topic.related().stream()
                .flatMap(id -> catalog.byId(id).stream())
                .map(Topic::title)
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (String unit : topic.bodyUnits()) {
            Matcher quoted = QUOTED.matcher(unit);
            while (quoted.find()) {
                if (!relatedTitles.contains(quoted.group(1))) {
                    problems.add(
                            topic.id() + " quotes \"" + quoted.group(1) + "\", which is not one of its related topics");
                }
            }
        }
        return problems;
    }

    static List<String> britishWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = NOT_US_ENGLISH.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Runs of {@code length} words that appear in the bodies of two topics, one line per pair and run start. */
    static List<String> sharedRuns(List<Topic> topics, int length) {
        Map<String, String> firstTopic = new LinkedHashMap<>();
        Set<String> found = new LinkedHashSet<>();
        for (Topic topic : topics) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(String.join(" ", topic.bodyUnits()).toLowerCase(Locale.ROOT));
            while (m.find()) {
                words.add(m.group());
            }
            Set<String> own = new LinkedHashSet<>();
            for (int i = 0; i + length <= words.size(); i++) {
                own.add(String.join(" ", words.subList(i, i + length)));
            }
            for (String run : own) {
                String earlier = firstTopic.putIfAbsent(run, topic.id());
                if (earlier != null) {
                    found.add(earlier + " and " + topic.id() + " share: \"" + run + "\"");
                }
            }
        }
        return List.copyOf(found);
    }
}
