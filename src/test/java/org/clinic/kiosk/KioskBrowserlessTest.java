package org.clinic.kiosk;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Boots the real app once (no server, no browser) and drives its real views. */
@SpringBootTest(
        properties = {
            "kiosk.data-dir=target/test-data",
            "kiosk.content-dir=target/no-topic-overrides",
            // touch-only unless the Vosk model is installed, as before PocketSphinx came; a test that
            // listens with PocketSphinx asks for it
            "kiosk.voice.engine=vosk"
        })
@Import(TestClockConfiguration.class)
@ViewPackages(packages = "org.clinic.kiosk")
public abstract class KioskBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    protected MutableClock clock;

    /** Taps the button with this id, as a patient would. */
    protected void tap(String id) {
        test($(NativeButton.class).id(id)).click();
    }

    /** Changes the display as a patient does: "Text and colors", this button, then Done. */
    protected void display(String id) {
        tap("text-and-colours");
        tap(id);
        tap("text-and-colours-done");
    }

    /**
     * The words of the component with this id even while it is not drawn (the read-aloud player's
     * speed and loudness are kept, and shown the next time the player appears).
     */
    protected static String textHeldBy(String id) {
        return find(UI.getCurrent(), id)
                .map(c -> c.getElement().getTextRecursively())
                .orElseThrow(() -> new AssertionError("no component " + id));
    }

    /** The component with this id even while it is not drawn (the read-aloud player between readings). */
    protected static <T extends com.vaadin.flow.component.Component> T heldComponent(String id, Class<T> type) {
        return find(UI.getCurrent(), id).map(type::cast).orElseThrow(() -> new AssertionError("no component " + id));
    }

    private static java.util.Optional<com.vaadin.flow.component.Component> find(
            com.vaadin.flow.component.Component parent, String id) {
        if (parent.getId().filter(id::equals).isPresent()) {
            return java.util.Optional.of(parent);
        }
        return parent.getChildren()
                .map(child -> find(child, id))
                .flatMap(java.util.Optional::stream)
                .findFirst();
    }

    protected NativeButton button(String id) {
        return $(NativeButton.class).id(id);
    }

    /** Whether a button with this id is on screen (queries only see visible components). */
    protected boolean buttonShown(String id) {
        return $(NativeButton.class).withId(id).exists();
    }

    /** The page heading the patient sees. */
    protected String heading() {
        return $view(H1.class).first().getText();
    }

    /** Lets time pass, then lets the browser's once-a-second poll reach the server. */
    protected void waitSeconds(long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
}
