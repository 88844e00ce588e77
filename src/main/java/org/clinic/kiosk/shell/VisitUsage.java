package org.clinic.kiosk.shell;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import org.clinic.kiosk.usage.UsageEvent;
import org.clinic.kiosk.usage.UsageEvent.EndReason;
import org.clinic.kiosk.usage.UsageEvent.HowReached;
import org.clinic.kiosk.usage.UsageLog;
import org.clinic.kiosk.usage.VisitId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kiosk screen's side of the anonymous usage log: the random id of the visit in progress, and
 * how the next topic page is being reached. One per browser tab; the idle reset ends the visit and
 * the next patient gets a new id.
 */
@SpringComponent
@UIScope
public final class VisitUsage {

    private static final Logger LOG = LoggerFactory.getLogger(VisitUsage.class);
    private final UsageLog log;
    private VisitId visit;
    private HowReached arriving;

    VisitUsage(UsageLog log) {
        this.log = log;
    }

    /** Notes an event of the visit in progress, starting a visit first if none is open. */
    public void record(UsageEvent event) {
        start();
        log.record(visit, event);
    }

    /** Called before navigating to a topic: the topic page then counts a view reached this way. */
    void arriveBy(HowReached how) {
        arriving = how;
    }

    /**
     * A topic page is being shown: it counts as a view if a tile, link, help entry or question
     * led there (through {@link PatientActions#openTopic}), not when Back returns to it.
     */
    public void topicShown(String topicId, String categoryId) {
        HowReached how = arriving;
        arriving = null;
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
    void end(EndReason reason) {
        if (visit != null) {
            log.record(visit, new UsageEvent.VisitEnded(reason));
            visit = null;
        }
    }

    /** Forgets a "reached by" that led to no topic page, so Back never counts as a view. */
    void navigationDone() {
        arriving = null;
    }
}
