package org.clinic.kiosk.usage;

import java.time.LocalDate;
import java.util.List;

/**
 * The usage figures for a range of days. Only counts: nothing in it can point to a person.
 *
 * @param visits             visits started in the range
 * @param topicViews         topic pages shown, however they were reached
 * @param touchViews         topic pages reached by touch (a tile, a related link or the help entry)
 * @param voiceViews         topic pages reached by a spoken question
 * @param voiceQuestions     spoken questions, whatever their outcome
 * @param voiceNotUnderstood spoken questions the kiosk could not answer
 * @param readAloudUses      times "Read aloud" was started
 * @param helpCardOpenings   times the "Need help now?" card was opened (by touch or voice)
 * @param topTopics          topic ids with their views, most viewed first (ties by id)
 * @param topCategories      category ids ({@code Category.id()}) with their topic views, most first
 * @param viewsByWeekdayHour topic views by weekday and hour: {@code [7][24]}, index 0 is Monday
 * @param daily              one entry for every day in the range, days without use included
 */
public record UsageReport(
        LocalDate from,
        LocalDate to,
        long visits,
        long topicViews,
        long touchViews,
        long voiceViews,
        long voiceQuestions,
        long voiceNotUnderstood,
        long readAloudUses,
        long helpCardOpenings,
        List<Count> topTopics,
        List<Count> topCategories,
        long[][] viewsByWeekdayHour,
        List<DailyCount> daily) {

    /** A count for one topic or category. */
    public record Count(String id, long count) {}

    /** The figures for one day of the trend. */
    public record DailyCount(LocalDate day, long visits, long topicViews) {}

    /** Share of topic views reached by voice, 0 to 1 (0 when there were no views). */
    public double voiceShare() {
        return topicViews == 0 ? 0 : (double) voiceViews / topicViews;
    }

    /** Share of spoken questions not understood, 0 to 1 (0 when nobody spoke). */
    public double notUnderstoodRate() {
        return voiceQuestions == 0 ? 0 : (double) voiceNotUnderstood / voiceQuestions;
    }
}
