package org.clinic.kiosk.voice.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.clinic.kiosk.voice.conversation.Effect.Activity;
import org.clinic.kiosk.voice.conversation.Effect.Close;
import org.clinic.kiosk.voice.conversation.Effect.Cue;
import org.clinic.kiosk.voice.conversation.Effect.Listen;
import org.clinic.kiosk.voice.conversation.Effect.ShowHeard;
import org.clinic.kiosk.voice.conversation.Effect.StopSpeaking;
import org.clinic.kiosk.voice.match.Command;
import org.clinic.kiosk.voice.match.MatchResult;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * One browser tab's spoken conversation with the kiosk, as a plain state machine: each input (Talk
 * pressed, words heard, the kiosk starting or ending to speak, a touch on a choice, the idle reset)
 * moves it to a new {@link State} and returns the {@link Effect}s the screen must carry out, in
 * order. It never touches the microphone, the screen or the usage log itself, so every step can be
 * tested without a browser. Nothing heard is kept: each transcript is matched and forgotten.
 */
public final class Conversation {

    /** Where the conversation is. */
    public enum State {
        /** Not listening; Talk starts. */
        OFF,
        /** Hands-free mode on the welcome or home screen: listening only for the wake phrase. */
        WAITING_FOR_WAKE,
        /** Listening for a question or command. */
        LISTENING,
        /** A question was heard and is being acted on. */
        HEARD,
        /**
         * Asked "Did you mean 1 or 2?", or "Did you want me to go back?" about a command it was not sure it heard:
         * listening for the answer, which may also come by touch.
         */
        CHOOSING,
        /** The kiosk did not understand and is saying so, with three questions to try. */
        NOT_UNDERSTOOD,
        /** The kiosk is talking: the microphone is ignored so it never hears itself. */
        SPEAKING,
        /** The patient switched listening off with the Talk button. */
        MUTED
    }

    private final BooleanSupplier handsFree;
    private final BargeIn bargeIn;
    private final WakePhrase wakePhrase;
    private final Vocabulary questions;
    private final ChoiceOfTwo choice;
    private final CommandCheck check = new CommandCheck();
    private final Replies replies = new Replies();

    private State state = State.OFF;
    /** Where to go back to when the kiosk stops speaking. */
    private State afterSpeaking = State.LISTENING;

    /**
     * @param handsFree   listen for the wake phrase on the welcome and home screens
     * @param wakePhrase  words that start a conversation in hands-free mode, such as "hello kiosk"
     * @param questions   what to listen for during a conversation
     * @param titleOf     a topic's title, for the spoken choice
     */
    public Conversation(boolean handsFree, String wakePhrase, Vocabulary questions, Function<String, String> titleOf) {
        this(handsFree, false, wakePhrase, questions, titleOf);
    }

    /**
     * @param bargeIn while the kiosk speaks, listen for "stop" only (where echo cancellation is good
     *                enough that the kiosk does not hear itself), instead of ignoring the microphone
     */
    public Conversation(
            boolean handsFree,
            boolean bargeIn,
            String wakePhrase,
            Vocabulary questions,
            Function<String, String> titleOf) {
        this(() -> handsFree, bargeIn, wakePhrase, questions, titleOf);
    }

    /**
     * @param handsFree whether hands-free listening is on now, asked at each screen and reset: on in
     *                  the settings, and the recognizer can hear the wake phrase (a model that does
     *                  not know its words is found out only once it has loaded)
     */
    public Conversation(
            BooleanSupplier handsFree,
            boolean bargeIn,
            String wakePhrase,
            Vocabulary questions,
            Function<String, String> titleOf) {
        this.handsFree = handsFree;
        this.bargeIn = new BargeIn(bargeIn);
        this.wakePhrase = new WakePhrase(wakePhrase);
        this.questions = Objects.requireNonNull(questions);
        this.choice = new ChoiceOfTwo(titleOf);
    }

    public State state() {
        return state;
    }

    public boolean handsFree() {
        return handsFree.getAsBoolean();
    }

    /** The tiny grammar used while waiting for the wake phrase. */
    public Vocabulary wakeGrammar() {
        return wakePhrase.grammar();
    }

    /** While the kiosk speaks with barge-in on: only "stop" is listened for. */
    public Vocabulary stopGrammar() {
        return bargeIn.stopGrammar();
    }

    /** Whether the microphone's words are wanted now. */
    public boolean listening() {
        return state == State.LISTENING || state == State.CHOOSING || state == State.WAITING_FOR_WAKE;
    }

    // ---- inputs ----

    /**
     * A new screen is shown. In hands-free mode the welcome and home screens wait for the wake
     * phrase; leaving them without a conversation (or hands-free turning off) releases the microphone.
     */
    public List<Effect> screenShown(boolean wakeScreen) {
        boolean on = handsFree();
        if (state == State.OFF && wakeScreen && on) {
            state = State.WAITING_FOR_WAKE;
            return List.of(new Listen(wakePhrase.grammar()));
        }
        if (state == State.WAITING_FOR_WAKE && (!wakeScreen || !on)) {
            state = State.OFF;
            return List.of(new Close());
        }
        return List.of();
    }

    /** The Talk button: starts listening, or, while listening, switches listening off. */
    public List<Effect> talkPressed() {
        replies.resetMisses();
        return switch (state) {
            case LISTENING, CHOOSING -> {
                state = State.MUTED;
                withdrawQuestions();
                yield List.of(new Close());
            }
            case SPEAKING -> {
                List<Effect> effects = new ArrayList<>(List.of(new StopSpeaking()));
                effects.addAll(startListening());
                yield effects;
            }
            default -> startListening();
        };
    }

    /** Words heard so far in the current utterance. */
    public List<Effect> partial(Transcript heard) {
        if ((state == State.LISTENING || state == State.CHOOSING) && !heard.isEmpty()) {
            // shown, but not yet counted as someone still there: it may be talk nearby
            return List.of(new ShowHeard(shown(heard)));
        }
        return List.of();
    }

    /**
     * The utterance ended with these words: the wake phrase (when waiting for it), or a question
     * that {@code matcher} turns into a result (given the words heard first, then the engine's
     * alternatives).
     */
    public List<Effect> heard(Transcript heard, Function<List<String>, MatchResult> matcher) {
        if (state == State.WAITING_FOR_WAKE) {
            return wakeHeard(heard);
        }
        if (state == State.SPEAKING && bargeIn.on()) {
            return bargeIn.heard(heard);
        }
        if (!(state == State.LISTENING || state == State.CHOOSING)) {
            return List.of();
        }
        if (heard.words().stream().allMatch(Transcript.UNKNOWN::equals)) {
            return nothingHeard();
        }
        MatchResult result = matcher.apply(heard.heard());
        List<Effect> effects = new ArrayList<>();
        if (!(result instanceof MatchResult.NotUnderstood)) {
            // words the kiosk understood: the patient is still here (talk nearby that it cannot
            // understand never keeps the kiosk from resetting for the next patient)
            effects.add(new Activity());
        }
        effects.add(new ShowHeard(shown(heard)));
        effects.addAll(heard(result));
        return effects;
    }

    /** What the question matcher made of the words heard (or of a suggested question tapped). */
    public List<Effect> heard(MatchResult result) {
        if (state == State.CHOOSING && choice.onOffer()) {
            List<Effect> answer = answerChoice(result);
            if (answer != null) {
                return answer;
            }
        }
        if (state == State.CHOOSING && check.onOffer()) {
            List<Effect> answer = answerCheck(result);
            if (answer != null) {
                return answer;
            }
        }
        withdrawQuestions();
        if (!(result instanceof MatchResult.NotUnderstood)) {
            replies.resetMisses();
        }
        return switch (result) {
            case MatchResult.TopicMatch topic -> openTopic(topic.topicId());
            case MatchResult.CommandMatch command when command.askFirst() -> askFirst(command.command());
            case MatchResult.CommandMatch command -> runCommand(command.command());
            case MatchResult.TopicChoice offered -> offerChoice(offered);
            case MatchResult.NotUnderstood none -> notUnderstood(none);
        };
    }

    /** The utterance ended without words (silence or noise): listen again quietly; not activity. */
    public List<Effect> nothingHeard() {
        return switch (state) {
            case WAITING_FOR_WAKE -> List.of(new Listen(wakePhrase.grammar()));
            case LISTENING, CHOOSING -> List.of(new Listen(questions));
            case SPEAKING -> bargeIn.nothingHeard();
            default -> List.of();
        };
    }

    /** The patient tapped choice 1 or 2 (Yes or No, when the kiosk asked about a command). */
    public List<Effect> choiceTouched(int number) {
        if (check.onOffer()) {
            return check.touched(number).map(this::runCommand).orElseGet(this::commandTurnedDown);
        }
        return choice.touched(number).map(this::openTopic).orElse(List.of());
    }

    /** The kiosk started talking: ignore the microphone until it stops. */
    public List<Effect> speakingStarted() {
        return switch (state) {
            case OFF, MUTED, SPEAKING -> List.of();
            default -> {
                afterSpeaking = state == State.CHOOSING || state == State.WAITING_FOR_WAKE ? state : State.LISTENING;
                state = State.SPEAKING;
                yield List.of(bargeIn.whileSpeaking());
            }
        };
    }

    /**
     * The kiosk stopped talking (or had nothing to say after a question): listen again for a
     * follow-up, or for the answer to a choice.
     */
    public List<Effect> speakingEnded() {
        if (state == State.SPEAKING) {
            state = afterSpeaking;
            return List.of(new Listen(state == State.WAITING_FOR_WAKE ? wakePhrase.grammar() : questions));
        }
        if (state == State.HEARD || state == State.NOT_UNDERSTOOD) {
            state = State.LISTENING;
            return List.of(new Listen(questions));
        }
        return List.of();
    }

    /**
     * A question has been acted on: if the kiosk is now talking (reading the topic, saying the
     * reply), the microphone is ignored until it ends; otherwise listening goes on at once.
     */
    public List<Effect> settled(boolean speaking) {
        if (speaking) {
            return speakingStarted();
        }
        return switch (state) {
            case HEARD, NOT_UNDERSTOOD, SPEAKING -> {
                state = State.LISTENING;
                yield List.of(new Listen(questions));
            }
            case CHOOSING -> List.of(new Listen(questions));
            default -> List.of();
        };
    }

    /** The browser has no microphone or refused it: nothing to listen with. */
    public List<Effect> microphoneUnavailable() {
        state = State.OFF;
        withdrawQuestions();
        return List.of();
    }

    /**
     * The kiosk reset itself for the next patient (it is back on the welcome screen): the
     * microphone is released; in hands-free mode it then waits for the wake phrase.
     */
    public List<Effect> idleReset() {
        withdrawQuestions();
        replies.resetMisses();
        state = State.OFF;
        if (handsFree()) {
            state = State.WAITING_FOR_WAKE;
            return List.of(new Close(), new Listen(wakePhrase.grammar()));
        }
        return List.of(new Close());
    }

    // ---- steps ----

    private List<Effect> startListening() {
        state = State.LISTENING;
        withdrawQuestions();
        return List.of(new Cue(), new Listen(questions));
    }

    private List<Effect> wakeHeard(Transcript heard) {
        if (wakePhrase.heardIn(heard)) {
            List<Effect> effects = new ArrayList<>(List.of(new Activity()));
            effects.addAll(startListening());
            return effects;
        }
        return List.of(new Listen(wakePhrase.grammar()));
    }

    /**
     * Not understood: said and shown with three questions to try. After {@value Replies#MAX_MISSES} in
     * a row the kiosk stops listening (it is probably hearing talk nearby) until Talk is pressed.
     */
    private List<Effect> notUnderstood(MatchResult.NotUnderstood none) {
        boolean stopListening = replies.missedTooOften();
        state = stopListening ? State.MUTED : State.NOT_UNDERSTOOD;
        return replies.notUnderstood(none, stopListening);
    }

    private List<Effect> openTopic(String topicId) {
        state = State.HEARD;
        return replies.openTopic(topicId);
    }

    private List<Effect> runCommand(Command command) {
        state = State.HEARD;
        return replies.runCommand(command);
    }

    /** Asks before doing a command the kiosk was not sure it heard. */
    private List<Effect> askFirst(Command command) {
        state = State.CHOOSING;
        return List.of(check.offer(command));
    }

    /** The answer to "Did you want me to ...?", or null when the patient asked something else. */
    private List<Effect> answerCheck(MatchResult result) {
        Optional<Command> confirmed = check.confirmed(result);
        if (confirmed.isPresent()) {
            return runCommand(confirmed.get());
        }
        if (CommandCheck.turnedDown(result)) {
            check.withdraw();
            return commandTurnedDown();
        }
        return null;
    }

    /** "No" to "Did you want me to ...?": nothing is done. */
    private List<Effect> commandTurnedDown() {
        state = State.HEARD;
        return replies.checkTurnedDown();
    }

    /** Takes back a question on offer: a choice of two, or one about a command. */
    private void withdrawQuestions() {
        choice.withdraw();
        check.withdraw();
    }

    private List<Effect> offerChoice(MatchResult.TopicChoice offered) {
        state = State.CHOOSING;
        return List.of(choice.offer(offered));
    }

    /** The answer to "Did you mean 1 or 2?", or null when the patient asked something else. */
    private List<Effect> answerChoice(MatchResult result) {
        Optional<String> picked = choice.picked(result);
        if (picked.isPresent()) {
            return openTopic(picked.get());
        }
        if (result instanceof MatchResult.CommandMatch c && c.command() == Command.NO) {
            choice.withdraw();
            state = State.HEARD;
            return replies.choiceTurnedDown();
        }
        return null;
    }

    /** The words as shown: without the recognizer's unknown-word markers. */
    private static String shown(Transcript heard) {
        return String.join(
                        " ",
                        heard.words().stream()
                                .filter(w -> !w.equals(Transcript.UNKNOWN))
                                .toList())
                .toLowerCase(Locale.ROOT);
    }
}
