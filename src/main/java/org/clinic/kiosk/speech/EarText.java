package org.clinic.kiosk.speech;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns screen text into text for the ear: list markers dropped, abbreviations and symbols said
 * as words, number ranges and phone numbers said sensibly, characters the voice cannot say
 * removed, and the clinic's pronunciations applied last.
 */
final class EarText {

    private static final Pattern LIST_MARKER =
            Pattern.compile("^\\s*(?:[-*\u2022\u25cf\u2013]|\\d{1,2}[.)]|[a-z][)])\\s+");
    private static final Map<Pattern, String> ABBREVIATIONS = new LinkedHashMap<>();
    private static final Map<Pattern, String> SYMBOLS = new LinkedHashMap<>();
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-\u2013]\\s*(\\d+)(?!\\d*[-\u2013]\\d)");
    private static final Pattern THOUSANDS = Pattern.compile("(\\d{1,3}),(\\d{3})\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(?:\\+?\\d[\\d -]{6,}\\d)(?![\\d])");
    private static final Pattern UNSAYABLE = Pattern.compile("[^A-Za-z0-9 .,;:!?'\"()\\-]");

    static {
        abbreviation("e\\.\\s?g\\.", "for example");
        abbreviation("i\\.\\s?e\\.", "that is");
        abbreviation("etc\\.", "and so on");
        abbreviation("vs\\.?", "versus");
        abbreviation("approx\\.", "about");
        abbreviation("Dr\\.", "Doctor");
        abbreviation("Mr\\.", "Mister");
        abbreviation("Mrs\\.", "Missus");
        abbreviation("No\\.(?=\\s*\\d)", "number");
        abbreviation("a\\.m\\.", "A M");
        abbreviation("p\\.m\\.", "P M");
        abbreviation("hrs?\\.?(?=\\s|$)", "hours");
        abbreviation("mins?\\.?(?=\\s|$)", "minutes");
        SYMBOLS.put(Pattern.compile("24/7"), " all day, every day ");
        SYMBOLS.put(Pattern.compile("&"), " and ");
        SYMBOLS.put(Pattern.compile("(\\d)\\s*%"), "$1 percent");
        SYMBOLS.put(Pattern.compile("%"), " percent");
        SYMBOLS.put(Pattern.compile("\\+(?=\\s*\\d)"), " plus ");
        SYMBOLS.put(Pattern.compile("(?<=\\w)\\s*\\+\\s*(?=\\w)"), " and ");
        SYMBOLS.put(Pattern.compile("="), " equals ");
        SYMBOLS.put(Pattern.compile("@"), " at ");
        SYMBOLS.put(Pattern.compile("#\\s*(?=\\d)"), " number ");
        SYMBOLS.put(Pattern.compile("\u00b0\\s*C\\b"), " degrees Celsius");
        SYMBOLS.put(Pattern.compile("\u00b0"), " degrees");
        SYMBOLS.put(Pattern.compile("~\\s*(?=\\d)"), "about ");
        SYMBOLS.put(Pattern.compile("\\$\\s*(\\d+)"), "$1 dollars");
        SYMBOLS.put(Pattern.compile("\u00a3\\s*(\\d+)"), "$1 pounds");
        SYMBOLS.put(Pattern.compile("\u20ac\\s*(\\d+)"), "$1 euros");
        SYMBOLS.put(Pattern.compile("(?<=[A-Za-z])/(?=[A-Za-z])"), " or ");
        SYMBOLS.put(Pattern.compile("[\u2018\u2019\u02bc]"), "'");
        SYMBOLS.put(Pattern.compile("[\u201c\u201d]"), "\"");
        SYMBOLS.put(Pattern.compile("\\s*[\u2014\u2013]\\s*|\\s+-\\s+"), ", ");
        SYMBOLS.put(Pattern.compile("\u2026"), "...");
        SYMBOLS.put(Pattern.compile("[:;]\\s*$"), ".");
    }

    private static void abbreviation(String regex, String spoken) {
        ABBREVIATIONS.put(Pattern.compile("(?<![A-Za-z])" + regex, Pattern.CASE_INSENSITIVE), spoken);
    }

    private final Pronunciations pronunciations;

    EarText(Pronunciations pronunciations) {
        this.pronunciations = pronunciations;
    }

    /** The text to hand to the voice; empty when nothing in it can be said. */
    String prepare(String text) {
        if (text == null) {
            return "";
        }
        String s = LIST_MARKER.matcher(text).replaceFirst("");
        for (Map.Entry<Pattern, String> rule : ABBREVIATIONS.entrySet()) {
            s = rule.getKey().matcher(s).replaceAll(rule.getValue());
        }
        s = THOUSANDS.matcher(s).replaceAll("$1$2");
        s = sayPhoneNumbers(s);
        s = RANGE.matcher(s).replaceAll("$1 to $2");
        for (Map.Entry<Pattern, String> rule : SYMBOLS.entrySet()) {
            s = rule.getKey().matcher(s).replaceAll(rule.getValue());
        }
        s = withoutAccents(s);
        s = UNSAYABLE.matcher(s).replaceAll(" ");
        s = pronunciations.apply(s);
        s = s.replaceAll("\\s+", " ").replaceAll(" ([.,;:!?])", "$1").strip();
        s = s.replaceAll("^[.,;:!?\\s]+", "");
        return s.chars().anyMatch(Character::isLetterOrDigit) ? s : "";
    }

    /** A phone number is said digit by digit, in the groups it is written in. */
    private static String sayPhoneNumbers(String s) {
        Matcher m = PHONE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group();
            String digits = number.replaceAll("[^\\d ]", " ").strip();
            if (digits.replace(" ", "").length() < 7) {
                m.appendReplacement(out, Matcher.quoteReplacement(number));
                continue;
            }
            StringBuilder said = new StringBuilder();
            for (String group : digits.split(" +")) {
                said.append(said.isEmpty() ? "" : ", ").append(String.join(" ", group.split("")));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(said.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String withoutAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }
}
