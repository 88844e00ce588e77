package org.clinic.kiosk.base;

/** Route paths the shell needs without depending on the views behind them. */
public final class Routes {

    public static final String WELCOME = "";
    public static final String HOME = "home";
    public static final String HELP_TOPIC_ID = "when-to-ask-for-help";
    public static final String HELP_TOPIC = "topic/" + HELP_TOPIC_ID;

    private Routes() {
    }
}
