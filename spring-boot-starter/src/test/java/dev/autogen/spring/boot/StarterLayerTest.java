package dev.autogen.spring.boot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The starter's place in the layering (the command line's {@code LayerRulesTest} cannot see this module): it is a thin
 * face of the runtime, names no database and none of the tools above the runtime; its endpoint package may use the
 * auto-configuration package, not the reverse.
 */
class StarterLayerTest {

    private static final JavaClasses STARTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.autogen.spring");

    @Test
    void usesTheRuntimeAndNothingAboveIt() {
        noClasses()
                .that()
                .resideInAPackage("dev.autogen.spring..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.autogen.databases..",
                        "dev.autogen.diff..",
                        "dev.autogen.introspect..",
                        "dev.autogen.codegen..",
                        "dev.autogen.templates..",
                        "dev.autogen.engine..",
                        "dev.autogen.cli..",
                        "dev.autogen.testing..")
                .check(STARTER);
    }

    @Test
    void needsNeitherJpaNorHibernate() {
        noClasses()
                .that()
                .resideInAPackage("dev.autogen.spring..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "org.springframework.orm..")
                .check(STARTER);
    }

    @Test
    void autoConfigurationDoesNotReachIntoTheEndpoint() {
        noClasses()
                .that()
                .resideInAPackage("dev.autogen.spring.boot")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.autogen.spring.boot.endpoint..", "org.springframework.boot.actuate..")
                .check(STARTER);
    }
}
