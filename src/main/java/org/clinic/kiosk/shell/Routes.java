package org.clinic.kiosk.shell;

/** Route paths the shell needs without depending on the views behind them. */
public final class Routes {

    public static final String WELCOME = "";
    public static final String HOME = "home";
    public static final String HELP_TOPIC_ID = "when-to-ask-for-help";
    public static final String HELP_TOPIC = topic(HELP_TOPIC_ID);
    /** The staff sign-in: reached only by typing it or by the hidden long press on the clinic name. */
    public static final String STAFF = "staff";

    /** A topic's page, for the shell to open one without depending on the topic view. */
    public static String topic(String topicId) {
        return "topic/" + topicId;
    }

    private Routes() {}
}
