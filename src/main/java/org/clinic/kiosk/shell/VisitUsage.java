package org.clinic.kiosk.shell;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import org.clinic.kiosk.usage.UsageEvent;
import org.clinic.kiosk.usage.UsageEvent.EndReason;
import org.clinic.kiosk.usage.UsageEvent.HowReached;
import org.clinic.kiosk.usage.UsageLog;
import org.clinic.kiosk.usage.VisitId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kiosk screen's side of the anonymous usage log: the random id of the visit in progress, and
 * how the next topic page is being reached. Kept with the screen's {@link UI}, so each browser
 * tab has its own; the idle reset ends the visit and the next patient gets a new id.
 */
public final class VisitUsage {

    private static final Logger LOG = LoggerFactory.getLogger(VisitUsage.class);
    private final UsageLog log;
    private VisitId visit;

    private VisitUsage(UsageLog log) {
        this.log = log;
    }

    /** This screen's visit usage, made on first use. */
    public static VisitUsage of(UI ui, UsageLog log) {
        VisitUsage usage = ComponentUtil.getData(ui, VisitUsage.class);
        if (usage == null) {
            usage = new VisitUsage(log);
            ComponentUtil.setData(ui, VisitUsage.class, usage);
        }
        return usage;
    }

    /** Call before navigating to a topic: the topic page then counts a view reached this way. */
    public static void reachTopicBy(UI ui, HowReached how) {
        ComponentUtil.setData(ui, HowReached.class, how);
    }

    /** Notes an event of the visit in progress, starting a visit first if none is open. */
    public void record(UsageEvent event) {
        start();
        log.record(visit, event);
    }

    /**
     * A topic page is being shown: it counts as a view if a tile, link, help entry or question
     * led there (see {@link #reachTopicBy}), not when Back returns to it.
     */
    public void topicShown(UI ui, String topicId, String categoryId) {
        HowReached how = ComponentUtil.getData(ui, HowReached.class);
        ComponentUtil.setData(ui, HowReached.class, null);
        if (how != null) {
            try {
                record(new UsageEvent.TopicViewed(topicId, categoryId, how));
            } catch (IllegalArgumentException e) {
                // an id the log cannot store (a clinic's long topic id): the patient's page matters more
                LOG.warn("Topic view not counted: {}", e.getMessage());
            }
        }
    }

    /** Starts a visit if none is open. */
    void start() {
        if (visit == null) {
            visit = VisitId.random();
            log.record(visit, new UsageEvent.VisitStarted());
        }
    }

    /** Ends the visit in progress, if there is one (for example {@code STAFF} when staff take over). */
    public void end(EndReason reason) {
        if (visit != null) {
            log.record(visit, new UsageEvent.VisitEnded(reason));
            visit = null;
        }
    }

    boolean visitOpen() {
        return visit != null;
    }

    /** Forgets a "reached by" that led to no topic page, so Back never counts as a view. */
    static void navigationDone(UI ui) {
        ComponentUtil.setData(ui, HowReached.class, null);
    }
}
