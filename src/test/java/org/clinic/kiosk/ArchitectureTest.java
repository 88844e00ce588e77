package org.clinic.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Holds the lines STYLE.md draws between features. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clinic.kiosk");

    @Test
    void servicesAndSettingsNeverImportVaadin() {
        noClasses()
                .that()
                .resideInAnyPackage("org.clinic.kiosk.topic", "org.clinic.kiosk.shell")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void theCatalogueDependsOnNoOtherFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.clinic.kiosk.topic")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.clinic.kiosk.shell..", "org.clinic.kiosk.shell..", "org.clinic.kiosk.topic.ui..")
                .check(CLASSES);
    }

    /** The usage log is a service: no Vaadin, and it knows no other feature (they call it). */
    @Test
    void theUsageLogImportsNoVaadinAndNoOtherFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.clinic.kiosk.usage..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.vaadin..",
                        "org.clinic.kiosk.shell..",
                        "org.clinic.kiosk.shell..",
                        "org.clinic.kiosk.topic..")
                .check(CLASSES);
    }

    @Test
    void theVoiceCoreAndMatcherNeverImportVaadin() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.clinic.kiosk.voice.conversation",
                        "org.clinic.kiosk.voice.recognition",
                        "org.clinic.kiosk.voice.match")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void theMatcherIsReachedThroughItsInterface() {
        noClasses()
                .that()
                .resideInAnyPackage("org.clinic.kiosk.voice.ui", "org.clinic.kiosk.topic..", "org.clinic.kiosk.shell..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.clinic.kiosk.voice.match..")
                .check(CLASSES);
    }

    /** Each package is a slice, so a feature's ui package may sit above the shell it uses. */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.clinic.kiosk.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /** The staff area's logic (PIN, lockout, CSV, charts) stays testable without Vaadin. */
    @Test
    void staffReportLogicNeverImportsVaadin() {
        noClasses()
                .that()
                .resideInAPackage("org.clinic.kiosk.staff")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    /** Speech: the service and the engine adapter never touch Vaadin; only speech.ui does. */
    @Test
    void speechServiceAndEngineNeverImportVaadin() {
        noClasses()
                .that()
                .resideInAnyPackage("org.clinic.kiosk.speech", "org.clinic.kiosk.speech.freetts")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    /** Patient screens never lead into the staff views; only the shell knows the staff route's name. */
    @Test
    void patientScreensDoNotDependOnStaffViews() {
        noClasses()
                .that()
                .resideInAnyPackage("org.clinic.kiosk.topic..", "org.clinic.kiosk.shell..", "org.clinic.kiosk.shell..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.clinic.kiosk.staff.ui..")
                .check(CLASSES);
    }

    /** Speech knows no other feature and no engine: views and the shell point at it, never back. */
    @Test
    void speechDependsOnNoOtherFeatureNorOnItsEngine() {
        noClasses()
                .that()
                .resideInAPackage("org.clinic.kiosk.speech")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.clinic.kiosk.shell..",
                        "org.clinic.kiosk.shell..",
                        "org.clinic.kiosk.topic..",
                        "org.clinic.kiosk.speech.freetts..",
                        "org.clinic.kiosk.speech.ui..",
                        "com.sun.speech..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.clinic.kiosk.speech.ui")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.clinic.kiosk.shell..",
                        "org.clinic.kiosk.shell..",
                        "org.clinic.kiosk.topic..",
                        "org.clinic.kiosk.speech.freetts..",
                        "com.sun.speech..")
                .check(CLASSES);
    }

    /** Only the Vosk adapter calls the native speech engine (through JNA), and it never touches Vaadin. */
    @Test
    void onlyTheVoskAdapterTouchesTheNativeEngine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.clinic.kiosk.voice.recognition.vosk")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.vosk..", "com.sun.jna..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.clinic.kiosk.voice.recognition.vosk")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    /** Voice input acts through the frame's callbacks: the panel knows no view and no shell. */
    @Test
    void thePanelForVoiceKnowsNoViewNorTheShell() {
        noClasses()
                .that()
                .resideInAPackage("org.clinic.kiosk.voice.ui")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.clinic.kiosk.shell..",
                        "org.clinic.kiosk.topic.ui..",
                        "org.clinic.kiosk.speech.ui..",
                        "org.clinic.kiosk.voice.match..",
                        "org.clinic.kiosk.voice.recognition.vosk..")
                .check(CLASSES);
    }

    /** Microphone audio: conversion, end points and the listening pipeline stay testable without Vaadin. */
    @Test
    void audioPipelineNeverImportsVaadin() {
        noClasses()
                .that()
                .resideInAPackage("org.clinic.kiosk.voice.audio")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    /** Audio formats are converted in one place: nothing outside voice.audio resamples or decodes PCM. */
    @Test
    void audioIsConvertedOnlyInTheAudioPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.clinic.kiosk.voice.audio")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("AudioConverter")
                .check(CLASSES);
    }
}
