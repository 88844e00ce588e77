package org.clinic.kiosk.shell;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Plain-language system messages, and no technical dead ends on an unattended kiosk: if the app
 * was restarted, the page quietly reloads instead of asking the patient to click a warning.
 */
@Component
class KioskSystemMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setCookiesDisabledCaption("This screen cannot start");
        messages.setCookiesDisabledMessage("Please ask at the front desk for help.");
        messages.setInternalErrorCaption("Something went wrong");
        messages.setInternalErrorMessage("Touch here to start again.");
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
