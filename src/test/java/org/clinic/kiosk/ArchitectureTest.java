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
        noClasses().that().resideInAnyPackage("org.clinic.kiosk.topic", "org.clinic.kiosk.kiosk")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void theCatalogueDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("org.clinic.kiosk.topic")
                .should().dependOnClassesThat().resideInAnyPackage("org.clinic.kiosk.base..", "org.clinic.kiosk.kiosk..",
                        "org.clinic.kiosk.topic.ui..")
                .check(CLASSES);
    }

    @Test
    void theVoiceCoreAndMatcherNeverImportVaadin() {
        noClasses().that().resideInAnyPackage("org.clinic.kiosk.voice", "org.clinic.kiosk.voice.match")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void theMatcherIsReachedThroughItsInterface() {
        noClasses().that().resideInAnyPackage("org.clinic.kiosk.voice.ui", "org.clinic.kiosk.topic..",
                        "org.clinic.kiosk.base..")
                .should().dependOnClassesThat().resideInAPackage("org.clinic.kiosk.voice.match..")
                .check(CLASSES);
    }

    /** Each package is a slice, so a feature's ui package may sit above the shell it uses. */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.clinic.kiosk.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
