package org.clinic.kiosk.staff.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import org.clinic.kiosk.shell.Routes;
import org.clinic.kiosk.staff.SignInSource;
import org.clinic.kiosk.staff.StaffLogin;

/**
 * Staff sign-in with a PIN: a large on-screen keypad for the touch screen, and a field a
 * keyboard can type into on a staff computer. Says plainly what to do when no PIN is set, how
 * many tries are left, and how long to wait after wrong PINs.
 */
@Route(value = Routes.STAFF, layout = StaffLayout.class)
@PageTitle("Staff sign-in")
class StaffLoginView extends Div implements BeforeEnterObserver {

    private final StaffLogin login;
    private final Input pin = new Input(ValueChangeMode.EAGER);
    private final Paragraph message = new Paragraph();
    private Registration pollRegistration;

    public StaffLoginView(StaffLogin login) {
        this.login = login;
        setId("staff-login-view");
        addClassNames("view", "staff-view");
        Shortcuts.addShortcutListener(pin, this::signIn, Key.ENTER).listenOn(pin);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (StaffAccess.current().isPresent()) {
            event.forwardTo(StaffReportView.class);
            return;
        }
        if (!login.pinIsSet()) {
            showHowToSetAPin("No staff PIN has been set on this kiosk yet, so nobody can sign in.");
        } else {
            showPinEntry();
        }
    }

    /** The heading and a word for a patient who reached this screen by accident. */
    private void intro() {
        removeAll();
        Paragraph forStaff = new Paragraph("This part of the kiosk is for clinic staff. "
                + "If you came here by mistake, touch \"Back to the kiosk\" at the top.");
        forStaff.setId("staff-intro");
        add(new H1("Staff sign-in"), forStaff);
    }

    private void showHowToSetAPin(String problem) {
        intro();
        Div box = new Div();
        box.setId("staff-no-pin");
        box.addClassName("urgent");
        box.getElement().setAttribute("role", "alert");
        Pre jar = new Pre("java -jar recurrence-kiosk.jar staff-pin");
        Pre source = new Pre("./kiosk staff-pin");
        box.add(
                new Paragraph(problem + " To set a PIN, run this on the kiosk computer, in the kiosk's folder:"),
                jar,
                new Paragraph("or, from the kiosk's source folder:"),
                source,
                new Paragraph("Then come back to this screen."));
        add(box);
    }

    private void showPinEntry() {
        intro();
        pin.setId("staff-pin");
        pin.setType("password");
        pin.addClassName("staff-pin");
        pin.getElement().setAttribute("autocomplete", "off");
        pin.getElement().setAttribute("inputmode", "numeric");
        pin.getElement().setAttribute("aria-describedby", "staff-login-message");
        NativeLabel label = new NativeLabel("PIN");
        label.setFor(pin);
        label.addClassName("staff-label");

        Div keypad = new Div();
        keypad.setId("staff-keypad");
        keypad.addClassName("keypad");
        keypad.getElement().setAttribute("role", "group");
        keypad.getElement().setAttribute("aria-label", "PIN keypad");
        for (String digit : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
            keypad.add(key(digit));
        }
        NativeButton clear = new NativeButton("Clear", e -> pin.clear());
        clear.setId("key-clear");
        keypad.add(clear, key("0"));
        NativeButton delete = new NativeButton("Delete", e -> {
            String value = pin.getValue();
            pin.setValue(value.isEmpty() ? "" : value.substring(0, value.length() - 1));
        });
        delete.setId("key-delete");
        delete.getElement().setAttribute("aria-label", "Delete the last digit");
        keypad.add(delete);

        NativeButton signIn = new NativeButton("Sign in", e -> signIn());
        signIn.setId("staff-sign-in");
        signIn.addClassNames("primary", "staff-sign-in");
        message.setId("staff-login-message");
        message.addClassName("staff-message");
        message.getElement().setAttribute("aria-live", "assertive");
        add(new Div(label, pin), keypad, signIn, message);
        showWait("");
    }

    private NativeButton key(String digit) {
        NativeButton key = new NativeButton(digit, e -> pin.setValue(pin.getValue() + digit));
        key.setId("key-" + digit);
        return key;
    }

    private void signIn() {
        String typed = pin.getValue();
        pin.clear();
        if (typed.isEmpty()) {
            message.setText("Please enter the PIN first.");
            return;
        }
        switch (login.signIn(typed.toCharArray(), source())) {
            case StaffLogin.SignedIn signedIn -> {
                // a new session id after sign-in, so an id known before it (session fixation) is worthless
                VaadinRequest request = VaadinRequest.getCurrent();
                if (request != null) {
                    VaadinService.reinitializeSession(request);
                }
                StaffAccess.open(signedIn.session());
                getUI().ifPresent(ui -> ui.navigate(StaffReportView.class));
            }
            case StaffLogin.WrongPin wrong -> {
                if (wrong.nextWait().isPositive()) {
                    showWait("That PIN is not right. ");
                } else {
                    message.setText("That PIN is not right. " + wrong.triesBeforeWaits()
                            + (wrong.triesBeforeWaits() == 1 ? " more try" : " more tries")
                            + ", then each wrong PIN makes the next try wait longer.");
                }
            }
            case StaffLogin.Waiting waiting -> showWait("");
            case StaffLogin.NoPin noPin -> showHowToSetAPin(noPin.problem() + " Nobody can sign in until it is set.");
        }
    }

    /**
     * Where this try comes from: the address of the request that carries it (loopback: the
     * kiosk's own screen). Counted per source, so nobody at the screen can slow down another computer.
     */
    private static SignInSource source() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return SignInSource.of(request == null ? null : request.getRemoteAddr());
    }

    /** Shows how long this screen must wait before the next try, or that the wait is over. */
    private void showWait(String before) {
        SignInSource source = source();
        Duration left = login.waitLeft(source);
        if (left.isPositive()) {
            message.setText(before + "Please wait " + StaffLogin.words(left)
                    + " before the next try (each wrong PIN makes the wait longer, at most "
                    + StaffLogin.words(StaffLogin.longestWait(source)) + " here).");
            message.addClassName("urgent");
        } else if (message.hasClassName("urgent")) {
            message.setText("You can try again now.");
            message.removeClassName("urgent");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        pollRegistration = event.getUI().addPollListener(e -> showWait(""));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
    }
}
