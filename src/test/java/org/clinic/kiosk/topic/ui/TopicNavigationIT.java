package org.clinic.kiosk.topic.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.clinic.kiosk.KioskBrowserlessTest;
import org.clinic.kiosk.topic.Category;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TopicNavigationIT extends KioskBrowserlessTest {

    @Autowired
    private TopicCatalog catalog;

    @Test
    void walkFromHomeThroughCategoryTopicAndRelatedThenBackAndHome() {
        navigate(HomeView.class);
        assertEquals("What would you like to read about?", heading());

        tap("category-understanding");
        assertEquals("Understanding recurrence", heading());
        tap("topic-types-of-recurrence");
        assertEquals("Types of recurrence", heading());
        String related =
                catalog.byId("types-of-recurrence").orElseThrow().related().getFirst();
        String relatedTitle = catalog.byId(related).orElseThrow().title();

        tap("related-" + related);
        assertEquals(relatedTitle, heading());

        tap("back");
        assertEquals("Types of recurrence", heading());
        tap("back");
        assertEquals("Understanding recurrence", heading());
        tap("home");
        assertInstanceOf(HomeView.class, getCurrentView());
    }

    @Test
    void everyTopicIsTwoTapsFromHome() {
        int reached = 0;
        for (Category category : Category.values()) {
            for (Topic topic : catalog.inCategory(category)) {
                navigate(HomeView.class);
                tap("category-" + category.id());
                tap("topic-" + topic.id());
                assertEquals(topic.title(), heading(), topic.id());
                reached++;
            }
        }
        assertEquals(catalog.all().size(), reached);
        assertTrue(reached >= 21);
    }

    @Test
    void topicPageShowsSummarySectionsRelatedTopicsAndSources() {
        Topic topic = catalog.byId("second-opinions").orElseThrow();
        navigate(HomeView.class);
        tap("category-treatment");
        tap("topic-second-opinions");

        assertEquals(
                topic.summary(),
                $(Paragraph.class).id("topic-summary").getElement().getTextRecursively());
        List<String> headings = $view(H2.class).all().stream().map(H2::getText).toList();
        for (Topic.Section section : topic.sections()) {
            assertTrue(headings.contains(section.heading()), section.heading());
        }
        assertTrue(headings.contains("Related topics"));
        for (String id : topic.related()) {
            assertTrue(buttonShown("related-" + id), id);
        }
        String sources = $(Paragraph.class).id("topic-sources").getText();
        assertTrue(sources.startsWith("Based on information from " + String.join(", ", topic.sources())), sources);
        assertTrue(sources.contains("Checked November 21, 2026"), sources);
    }

    @Test
    void categoryListsItsTopicsWithTheirSummaries() {
        navigate(HomeView.class);
        tap("category-coping");
        for (Topic topic : catalog.inCategory(Category.COPING)) {
            String text = button("topic-" + topic.id()).getElement().getTextRecursively();
            assertTrue(text.contains(topic.title()) && text.contains(topic.summary()), text);
        }
    }

    @Test
    void aboutPageNamesTheFiveSourceOrganisations() {
        navigate(HomeView.class);
        tap("about");
        assertEquals("About this information", heading());
        List<String> items = $view(ListItem.class).all().stream()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
        for (String organisation : List.of("Healthwise", "Kaiser Permanente", "Maggie's", "Mayo Clinic", "CISN")) {
            assertTrue(items.stream().anyMatch(i -> i.startsWith(organisation + ":")), organisation);
        }
    }

    @Test
    void theAboutPageEndsWithImFinishedWhichClearsTheVisit() {
        navigate(HomeView.class);
        tap("about");
        tap("finished");
        assertEquals("Welcome", heading());
    }
}
