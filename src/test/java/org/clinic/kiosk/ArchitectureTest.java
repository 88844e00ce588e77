package org.clinic.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Holds the lines STYLE.md draws: features (shell, topic, speech, voice, usage, staff, cli) without
 * cycles between them, the shell at the bottom with small contracts, services and the voice core
 * without Vaadin, engines in adapter packages. No exceptions are listed.
 */
class ArchitectureTest {

    private static final String ROOT = "org.clinic.kiosk";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static String feature(String name) {
        return ROOT + "." + name + "..";
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void voiceStagesHaveNoCycles() {
        slices().matching(ROOT + ".voice.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The shell is what every feature stands on: it knows only the usage log, no other feature. */
    @Test
    void theShellDependsOnNoFeatureButTheUsageLog() {
        noClasses()
                .that()
                .resideInAPackage(feature("shell"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        feature("topic"), feature("speech"), feature("voice"), feature("staff"), feature("cli"))
                .check(CLASSES);
    }

    /** The usage log is a service: no Vaadin, and it knows no other feature (they call it). */
    @Test
    void theUsageLogImportsNoVaadinAndNoOtherFeature() {
        noClasses()
                .that()
                .resideInAPackage(feature("usage"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.vaadin..",
                        feature("shell"),
                        feature("topic"),
                        feature("speech"),
                        feature("voice"),
                        feature("staff"),
                        feature("cli"))
                .check(CLASSES);
    }

    /** Services, settings and the voice core are testable without Vaadin; only views and panels use it. */
    @Test
    void servicesNeverImportVaadin() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        ROOT + ".topic",
                        ROOT + ".speech",
                        ROOT + ".speech.freetts",
                        ROOT + ".staff",
                        ROOT + ".voice",
                        ROOT + ".voice.audio",
                        ROOT + ".voice.recognition..",
                        ROOT + ".voice.match",
                        ROOT + ".voice.conversation",
                        ROOT + ".cli")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    /** The command-line tools sit on top: no feature depends on them. */
    @Test
    void noFeatureDependsOnTheCommandLineTools() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        feature("shell"),
                        feature("topic"),
                        feature("speech"),
                        feature("voice"),
                        feature("usage"),
                        feature("staff"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(feature("cli"))
                .check(CLASSES);
    }

    /** Patient screens never lead into the staff area; only the shell knows the staff route's name. */
    @Test
    void patientScreensDoNotDependOnTheStaffArea() {
        noClasses()
                .that()
                .resideInAnyPackage(feature("shell"), feature("topic"), feature("speech"), feature("voice"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(feature("staff"))
                .check(CLASSES);
    }

    /** Speech knows no other feature (the shell's contracts aside) and its core knows no engine. */
    @Test
    void speechDependsOnlyOnTheShellAndItsCoreOnNoEngine() {
        noClasses()
                .that()
                .resideInAPackage(feature("speech"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        feature("topic"), feature("voice"), feature("usage"), feature("staff"), feature("cli"))
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".speech", ROOT + ".speech.ui")
                .and()
                .doNotHaveSimpleName("SpeechConfiguration")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".speech.freetts..", "com.sun.speech..")
                .check(CLASSES);
    }

    /** Only the recognition adapters call native speech engines (through JNA). */
    @Test
    void onlyRecognitionAdaptersTouchNativeEngines() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + ".voice.recognition.vosk", ROOT + ".voice.recognition.pocketsphinx")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.vosk..", "com.sun.jna..")
                .check(CLASSES);
    }

    /** Everything outside the matcher's package reaches it through QuestionMatcher (and ask builds it). */
    @Test
    void theMatcherIsReachedThroughItsInterface() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + ".voice.match", ROOT + ".cli")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("LuceneQuestionMatcher")
                .check(CLASSES);
    }

    /** Audio formats are converted in one place: nothing outside voice.audio resamples or decodes PCM. */
    @Test
    void audioIsConvertedOnlyInTheAudioPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".voice.audio")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("AudioConverter")
                .check(CLASSES);
    }

    /** The conversation owns "listening or not"; the stages below it never reach up to it. */
    @Test
    void theStagesBelowTheConversationDoNotKnowIt() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".voice.audio", ROOT + ".voice.recognition..", ROOT + ".voice.match")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".voice.conversation..", ROOT + ".voice.ui..")
                .check(CLASSES);
    }
}
