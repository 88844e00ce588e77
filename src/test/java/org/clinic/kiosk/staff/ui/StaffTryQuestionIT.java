package org.clinic.kiosk.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import org.clinic.kiosk.KioskBrowserlessTest;
import org.clinic.kiosk.staff.StaffPins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Try a question" in the staff area: what the matcher picks and why, behind the staff sign-in. */
class StaffTryQuestionIT extends KioskBrowserlessTest {

    private static final String PIN = "482913";

    @BeforeEach
    void signInAndOpen() {
        StaffPins.set(Path.of("target/test-data"), PIN);
        navigate(StaffLoginView.class);
        for (char digit : PIN.toCharArray()) {
            tap("key-" + digit);
        }
        tap("staff-sign-in");
        tap("staff-nav-try");
        assertInstanceOf(StaffTryQuestionView.class, getCurrentView());
    }

    @AfterEach
    void signOut() {
        StaffAccess.end();
    }

    private String ask(String question) {
        test($(TextField.class).id("try-question")).setValue(question);
        tap("try-question-ask");
        return $(Div.class).id("try-question-result").getElement().getTextRecursively();
    }

    @Test
    void staffSeeWhichTopicIsPickedAndWhy() {
        String shown = ask("um can they still treat it if it is metastatic");
        assertThat(shown)
                .contains("Opens the topic \"Treatment options\"")
                .contains("Heard as: \"can they still treat it if it is metastatic\"")
                .contains("\"metastatic\" also searched as \"spread\"")
                .contains("Words searched (after stemming): ")
                .contains("covers ")
                .contains("closest example question:");
        assertThat($(UnorderedList.class)
                        .id("try-question-candidates")
                        .getChildren()
                        .count())
                .isGreaterThan(1);
    }

    @Test
    void staffSeeCommandsAndTheFrontDeskReply() {
        assertThat(ask("I can't hear you")).contains("Obeys the command \"louder\"");
        assertThat(ask("where can I park my car"))
                .contains("Sends the patient to the front desk")
                .contains("If you need anything, please ask at the front desk.");
    }

    @Test
    void staffSeeTheAlternativesHeardTheSoundAlikesAndWhyItAcceptedOrDeclined() {
        assertThat(ask("what is the palliate care | what is the palliative care"))
                .contains("Opens the topic \"Palliative care\"")
                .contains("Alternatives heard, matched together")
                .contains("\"palliate\" sounds like \"palliative\"")
                .contains("Why: accepted by words and meaning together: palliative-care ");
        assertThat(ask("who won the game last night"))
                .contains("Does not understand")
                .contains("Why: declined by words and meaning together: ")
                .contains("the search alone: declined: closest to things the kiosk does not cover");
    }

    @Test
    void staffSeeTheTopicsClosestInMeaningWithTheirClosestSentence() {
        assertThat(ask("how do I handle being so afraid"))
                .contains("Opens the topic \"Your feelings when cancer returns\"")
                .contains("Why: accepted by words and meaning together: feelings-after-recurrence ")
                .contains("the search alone: declined")
                .contains("Closest in meaning (the paraphrase vote)");
        assertThat($(Div.class).id("try-question-paraphrases").getElement().getTextRecursively())
                .contains("Your feelings when cancer returns: \"")
                .containsPattern("\\(cosine 0\\.[5-9]\\d\\)");
    }

    @Test
    void anEmptyQuestionGetsAHintNotAnError() {
        assertThat(ask("  ")).contains("Type a question first");
    }

    @Test
    void reportsAndTryAQuestionLinkToEachOther() {
        tap("staff-nav-reports");
        assertInstanceOf(StaffReportView.class, getCurrentView());
        tap("staff-nav-try");
        assertInstanceOf(StaffTryQuestionView.class, getCurrentView());
    }

    @Test
    void withoutASignInThePageSendsStaffToTheSignIn() {
        StaffAccess.end();
        assertInstanceOf(StaffLoginView.class, navigate("staff/try-question", StaffLoginView.class));
        assertFalse(buttonShown("staff-nav-try"));
    }
}
