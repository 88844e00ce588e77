package org.clinic.kiosk.voice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.clinic.kiosk.KioskBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TryQuestionPanelIT extends KioskBrowserlessTest {

    @BeforeEach
    void open() {
        navigate("test/try-question", TryQuestionTestView.class);
    }

    private String ask(String question) {
        test($(TextField.class).id("try-question")).setValue(question);
        tap("try-question-ask");
        return $(Div.class).id("try-question-result").getElement().getTextRecursively();
    }

    @Test
    void staffSeeWhichTopicIsPickedAndWhy() {
        String shown = ask("um can they still treat it if it is metastatic");
        assertThat(shown).contains("Opens the topic \"Treatment options\"")
                .contains("Heard as: \"can they still treat it if it is metastatic\"")
                .contains("\"metastatic\" also searched as \"spread\"")
                .contains("Words searched (after stemming): ")
                .contains("covers ")
                .contains("closest example question:");
        assertThat($(UnorderedList.class).id("try-question-candidates").getChildren().count()).isGreaterThan(1);
    }

    @Test
    void staffSeeCommandsAndTheFrontDeskReply() {
        assertThat(ask("I can't hear you")).contains("Obeys the command \"louder\"");
        assertThat(ask("where can I park my car")).contains("Sends the patient to the front desk")
                .contains("If you need anything, please ask at the front desk.");
    }

    @Test
    void anEmptyQuestionGetsAHintNotAnError() {
        assertThat(ask("  ")).contains("Type a question first");
    }
}
