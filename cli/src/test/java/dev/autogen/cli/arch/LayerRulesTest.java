package dev.autogen.cli.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules' layering, checked on the compiled classes with ArchUnit: {@code cli -> engine -> introspect, diff,
 * codegen -> runtime -> core}, each database module ({@code databases/*}) on {@code core} alone and named by no generic
 * code, nothing below the command line reaching up, and no cycle between modules or between the packages of a module.
 */
class LayerRulesTest {

    private static JavaClasses autogen;

    @BeforeAll
    static void importClasses() {
        autogen = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.autogen");
    }

    @Test
    void coreDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("dev.autogen.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.autogen.runtime..",
                        "dev.autogen.diff..",
                        "dev.autogen.introspect..",
                        "dev.autogen.codegen..",
                        "dev.autogen.engine..",
                        "dev.autogen.cli..")
                .check(autogen);
    }

    @Test
    void runtimeDependsOnCoreOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.autogen.runtime..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.autogen.diff..",
                        "dev.autogen.introspect..",
                        "dev.autogen.codegen..",
                        "dev.autogen.engine..",
                        "dev.autogen.cli..")
                .check(autogen);
    }

    @Test
    void aDatabaseModuleDependsOnCoreOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.autogen.databases..")
                .and()
                .resideOutsideOfPackage("dev.autogen.databases.contract..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.autogen.runtime..",
                        "dev.autogen.diff..",
                        "dev.autogen.introspect..",
                        "dev.autogen.codegen..",
                        "dev.autogen.engine..",
                        "dev.autogen.cli..",
                        "dev.autogen.testing..")
                .check(autogen);
    }

    /** Generic code finds databases through {@code core.database.Databases}; the Maven enforcer holds the same line. */
    @Test
    void genericCodeNamesNoDatabase() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.autogen.core..",
                        "dev.autogen.runtime..",
                        "dev.autogen.diff..",
                        "dev.autogen.introspect..",
                        "dev.autogen.codegen..",
                        "dev.autogen.templates..",
                        "dev.autogen.engine..",
                        "dev.autogen.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.autogen.databases..")
                .check(autogen);
    }

    @Test
    void noDatabaseModuleReachesIntoAnother() {
        slices().matching("dev.autogen.databases.(*)..")
                .should()
                .notDependOnEachOther()
                .check(autogen);
    }

    @Test
    void diffIntrospectAndCodegenStayBelowTheEngine() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.autogen.diff..", "dev.autogen.introspect..", "dev.autogen.codegen..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.autogen.engine..", "dev.autogen.cli..")
                .check(autogen);
    }

    @Test
    void theEngineNeverReachesTheCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("dev.autogen.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.autogen.cli..", "picocli..")
                .check(autogen);
    }

    @Test
    void noCycleBetweenModules() {
        slices().matching("dev.autogen.(*)..").should().beFreeOfCycles().check(autogen);
    }

    /** Within a module: no cycle between its packages (its top package included). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"core", "databases", "introspect", "diff", "codegen", "templates", "engine"})
    void noCycleBetweenPackages(String module) {
        packagesOf(module).should().beFreeOfCycles().check(autogen);
    }

    /**
     * The modules whose packages still form cycles: the runtime's API, runner and loader (one cycle through the public
     * API, which hands out runner types; the dialect packages left it when each database became a module behind
     * {@code core.database.Database}), and the command line's top package and its {@code command} and {@code config}
     * packages. No other package may join a cycle.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = ';',
            value = {
                "runtime; <top> internal.exec internal.migration internal.migration.load",
                "cli; <top> command config"
            })
    void onlyTheKnownPackagesAreOnACycle(String module, String known) {
        java.util.Set<String> allowed = new java.util.TreeSet<>();
        for (String name : known.split(" ")) {
            allowed.add(name.equals("<top>") ? "dev.autogen." + module : "dev.autogen." + module + "." + name);
        }
        java.util.Set<String> onACycle = new java.util.TreeSet<>();
        java.util.regex.Matcher slice = java.util.regex.Pattern.compile("Slice (dev\\.autogen[\\w.]*)")
                .matcher(String.join(
                        "\n",
                        packagesOf(module)
                                .should()
                                .beFreeOfCycles()
                                .evaluate(autogen)
                                .getFailureReport()
                                .getDetails()));
        while (slice.find()) {
            onACycle.add(slice.group(1));
        }
        onACycle.removeAll(allowed);
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Set.of(), onACycle, "packages of " + module + " newly on a package cycle");
    }

    /** One slice per package of the module, its top package included; classes elsewhere are left out. */
    private static com.tngtech.archunit.library.dependencies.syntax.GivenSlices packagesOf(String module) {
        String top = "dev.autogen." + module;
        return slices().assignedFrom(new com.tngtech.archunit.library.dependencies.SliceAssignment() {
            @Override
            public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(
                    com.tngtech.archunit.core.domain.JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                return pkg.equals(top) || pkg.startsWith(top + ".")
                        ? com.tngtech.archunit.library.dependencies.SliceIdentifier.of(pkg)
                        : com.tngtech.archunit.library.dependencies.SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of " + top;
            }
        });
    }
}
