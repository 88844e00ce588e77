package org.clinic.kiosk.voice.ui;

import java.util.List;
import java.util.function.Function;
import org.clinic.kiosk.shell.PatientActions;
import org.clinic.kiosk.shell.ReadAloud;
import org.clinic.kiosk.shell.ReaderAction;
import org.clinic.kiosk.shell.SpeechScript;
import org.clinic.kiosk.shell.VisitUsage;
import org.clinic.kiosk.usage.UsageEvent;
import org.clinic.kiosk.voice.conversation.Conversation;
import org.clinic.kiosk.voice.conversation.Effect;
import org.clinic.kiosk.voice.match.Command;

/**
 * Carries out what the {@link Conversation} decided: the microphone listens, ignores or closes; the
 * answer area shows what was heard and answered; topics, commands and speech go through the
 * shell's {@link PatientActions} and {@link ReadAloud}, exactly as a touch would; each question's
 * outcome (never its words) is counted.
 */
final class VoiceEffects {

    private final Microphone microphone;
    private final AnswerArea answers;
    private final PatientActions actions;
    private final ReadAloud reader;
    private final VisitUsage usage;
    private final Function<String, String> titleOf;

    VoiceEffects(
            Microphone microphone,
            AnswerArea answers,
            PatientActions actions,
            ReadAloud reader,
            VisitUsage usage,
            Function<String, String> titleOf) {
        this.microphone = microphone;
        this.answers = answers;
        this.actions = actions;
        this.reader = reader;
        this.usage = usage;
        this.titleOf = titleOf;
    }

    /** Carries out {@code effects} in order; {@code canListen}: a recognizer is ready to listen with. */
    void apply(List<Effect> effects, boolean canListen) {
        for (Effect effect : effects) {
            switch (effect) {
                case Effect.Listen listen -> {
                    // without a recognizer there is nothing to listen with (and the panel is hidden)
                    if (canListen) {
                        microphone.listen(listen.vocabulary());
                    }
                }
                case Effect.Ignore ignore -> microphone.ignore();
                case Effect.Close close -> microphone.close();
                case Effect.Cue c -> {
                    answers.cue();
                    microphone.cue();
                }
                case Effect.Activity activity -> actions.activity();
                case Effect.ShowHeard words -> answers.showHeard(words.words());
                case Effect.OpenTopic open -> {
                    answers.answer("Here is: " + titleOf.apply(open.topicId()) + ".");
                    actions.openTopicAndRead(open.topicId());
                }
                case Effect.RunCommand run -> {
                    answers.answer(doing(run.command()));
                    run(run.command());
                }
                case Effect.OfferChoice offer -> {
                    answers.offerChoice(offer.firstTitle(), offer.secondTitle(), offer.question());
                    reader.announce(SpeechScript.of(offer.question()));
                }
                case Effect.AskFirst ask -> {
                    answers.askFirst(ask.yes(), ask.question());
                    reader.announce(SpeechScript.of(ask.question()));
                }
                case Effect.SayNotUnderstood none -> {
                    answers.suggest(none.reply(), none.suggestions());
                    reader.announce(SpeechScript.of(none.reply()
                            + " "
                            + String.join(
                                    " ",
                                    none.suggestions().stream()
                                            .map(AnswerArea::asShown)
                                            .toList())));
                }
                case Effect.Say say -> {
                    answers.answer(say.text());
                    reader.announce(SpeechScript.of(say.text()));
                }
                case Effect.StopSpeaking stop -> reader.perform(ReaderAction.STOP);
                case Effect.Count count -> usage.record(new UsageEvent.VoiceQuestion(count.outcome()));
            }
        }
    }

    /** A spoken command does what its button does. */
    private void run(Command command) {
        switch (command) {
            case HOME -> actions.home();
            case BACK -> actions.back();
            case READ, REPEAT -> actions.reader(ReaderAction.READ);
            case STOP -> actions.reader(ReaderAction.STOP);
            case PAUSE -> actions.reader(ReaderAction.PAUSE);
            case RESUME -> actions.reader(ReaderAction.RESUME);
            case SLOWER -> actions.reader(ReaderAction.SLOWER);
            case FASTER -> actions.reader(ReaderAction.FASTER);
            case LOUDER -> actions.reader(ReaderAction.LOUDER);
            case QUIETER -> actions.reader(ReaderAction.QUIETER);
            case BIGGER_TEXT -> actions.biggerText();
            case SMALLER_TEXT -> actions.smallerText();
            case NEED_HELP -> actions.openHelpAndRead();
            default -> {
                // help, one, two, yes and no are answered by the conversation itself
            }
        }
    }

    /** What the answer line says while a command is carried out. */
    static String doing(Command command) {
        return switch (command) {
            case HOME -> "Going to the start.";
            case BACK -> "Going back.";
            case READ, REPEAT -> "Reading this page.";
            case STOP -> "Stopped.";
            case PAUSE -> "Paused.";
            case RESUME -> "Carrying on.";
            case SLOWER -> "Reading more slowly.";
            case FASTER -> "Reading faster.";
            case LOUDER -> "Louder.";
            case QUIETER -> "Quieter.";
            case BIGGER_TEXT -> "Bigger text.";
            case SMALLER_TEXT -> "Smaller text.";
            case NEED_HELP -> "Here is: Need help now?";
            default -> command.id().replace('-', ' ') + ".";
        };
    }
}
