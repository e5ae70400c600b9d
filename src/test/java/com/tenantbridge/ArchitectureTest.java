package com.tenantbridge;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tenantbridge.service.change.ChangeHandler;
import com.tenantbridge.service.change.ChangeRecord;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URL;

/** The layering docs/architecture.md describes, stated once and checked on every build. */
@AnalyzeClasses(packages = "com.tenantbridge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] GRAPH_SDK = {"com.microsoft.graph..", "com.microsoft.kiota.."};
    private static final String MSAL = "com.microsoft.aad.msal4j..";

    private static final String[] ADAPTERS = {"com.tenantbridge.graph..", "com.tenantbridge.powershell..",
        "com.tenantbridge.demo..", "com.tenantbridge.demoadmin..", "com.tenantbridge.auth.."};

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("com.tenantbridge..")
            .withOptionalLayers(true)
            .layer("Domain").definedBy("com.tenantbridge.domain..")
            .layer("Service").definedBy("com.tenantbridge.service..")
            .layer("Adapters").definedBy(ADAPTERS)
            .layer("Ui").definedBy("com.tenantbridge.ui..")
            .layer("Cli").definedBy("com.tenantbridge.cli..")
            .layer("CompositionRoot").definedBy("com.tenantbridge")
            .whereLayer("CompositionRoot").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("CompositionRoot")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("CompositionRoot")
            .whereLayer("Adapters").mayOnlyBeAccessedByLayers("CompositionRoot")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Adapters", "Ui", "Cli", "CompositionRoot")
            .because("each package depends only on those before it; the root package alone wires adapters");

    /** The wizard and the CLI reach tenants through service ports; the composition root hands them adapters. */
    @ArchTest
    static final ArchRule facesSeeOnlyServiceAndDomain = classes().that()
            .resideInAnyPackage("com.tenantbridge.ui..", "com.tenantbridge.cli..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("com.tenantbridge..")
                    .or(resideInAnyPackage("com.tenantbridge.ui..", "com.tenantbridge.cli..",
                            "com.tenantbridge.service..", "com.tenantbridge.domain..")))
            .because("a face that built an adapter would be a second composition root");

    /** Applying and undoing are one use case each (PlanRun, RunRollback), whichever face starts them. */
    @ArchTest
    static final ArchRule facesRunPlansThroughTheOneUseCase = noClasses().that()
            .resideInAnyPackage("com.tenantbridge.ui..", "com.tenantbridge.cli..")
            .should().callConstructor(com.tenantbridge.service.engine.Applier.class)
            .orShould().callConstructor(com.tenantbridge.service.engine.Rollback.class)
            .because("a run's order (refusals, confirmations, journal, handout) must not be written twice");

    /** A view model's busy state is its running tasks', never a flag set and reset by hand. */
    @ArchTest
    static final ArchRule busyIsDerivedFromRunningTasks = noFields().that().haveNameMatching("busy|running")
            .and().areDeclaredInClassesThat().resideInAPackage("com.tenantbridge.ui..")
            .and().areNotDeclaredIn(com.tenantbridge.ui.common.RunningTasks.class)
            .and().areNotDeclaredIn(com.tenantbridge.ui.common.BackgroundTask.class)
            .should().haveRawType(com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                    javafx.beans.value.WritableBooleanValue.class))
            .because("a flag kept by hand stays set when a path forgets to reset it; RunningTasks cannot");

    /** The demo tenant is a witness of Microsoft Graph's rules, not the app's: it shares none of its code. */
    @ArchTest
    static final ArchRule demoTenantImportsNoAppPackage = noClasses().that()
            .resideInAPackage("com.tenantbridge.demo..")
            .should().dependOnClassesThat(com.tenantbridge.ArchitectureTest.appOutsideDemo())
            .because("the demo tenant checks requests as Graph does, from Microsoft's reference pages");

    static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> appOutsideDemo() {
        return com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("com.tenantbridge..")
                .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage(
                        "com.tenantbridge.demo.."));
    }

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackage("com.tenantbridge.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the domain, the engine and the CLI run headless");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
            .because("view models expose properties and are tested without a Stage; views only bind");

    /**
     * Also a call whose signature carries an SDK type: bytecode names no local variable's type, so holding a
     * GraphServiceClient between two calls is not a dependency ArchUnit sees, but those calls are.
     */
    @ArchTest
    static final ArchRule graphSdkOnlyInGraphAdapter = noClasses().that()
            .resideOutsideOfPackage("com.tenantbridge.graph..")
            .should().dependOnClassesThat().resideInAnyPackage(GRAPH_SDK)
            .orShould().callCodeUnitWhere(SignatureMentions.anyOf(GRAPH_SDK))
            .because("Microsoft Graph is one adapter behind the service ports");

    @ArchTest
    static final ArchRule msalOnlyInAuthAdapter = noClasses().that().resideOutsideOfPackage("com.tenantbridge.auth..")
            .should().dependOnClassesThat().resideInAPackage(MSAL)
            .orShould().callCodeUnitWhere(SignatureMentions.anyOf(MSAL))
            .because("sign-in is one adapter; nothing else handles tokens");

    @ArchTest
    static final ArchRule jacksonOnlyWherePlansAndJournalsAreReadAndWritten = noClasses().that()
            .resideInAnyPackage("com.tenantbridge.ui..", "com.tenantbridge.graph..", "com.tenantbridge.auth..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("JSON is read and written where plans, journals, the demo tenant and PowerShell output live,"
                    + " not in views, the Graph adapter (the SDK has its own) or sign-in");

    @ArchTest
    static final ArchRule objectMappersOnlyInThePlanCodecWithinTheDomain = noClasses().that()
            .resideInAPackage("com.tenantbridge.domain..")
            .and().resideOutsideOfPackage("com.tenantbridge.domain.plan..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
            .because("the domain's model only names its JSON fields; the plan codec does the reading and writing");

    @ArchTest
    static final ArchRule domainDoesNoIo = noClasses().that().resideInAPackage("com.tenantbridge.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net.http..")
            .orShould().dependOnClassesThat().belongToAnyOf(File.class, FileInputStream.class, FileOutputStream.class,
                    FileReader.class, FileWriter.class, RandomAccessFile.class, Socket.class, URL.class,
                    HttpURLConnection.class)
            .because("the domain is pure: plans are parsed from and written to strings; callers own the files");

    @ArchTest
    static final ArchRule domainSlicesHaveNoCycles = slices().matching("com.tenantbridge.domain.(*)..")
            .should().beFreeOfCycles()
            .because("the domain's parts build on each other in one direction");

    /** The kinds build on ports and the domain alone: the journal stores their records, the engine runs them. */
    @ArchTest
    static final ArchRule changeKindsKnowNoEngine = noClasses().that()
            .resideInAPackage("com.tenantbridge.service.change")
            .should().dependOnClassesThat().resideInAnyPackage("com.tenantbridge.service.engine..",
                    "com.tenantbridge.service.journal..", "com.tenantbridge.service.check..")
            .because("a change kind is whole in its own file; the engine reaches it through ChangeKind.handler()");

    @ArchTest
    static final ArchRule aChangeKindIsOneHandler = classes().that().implement(ChangeHandler.class)
            .should().resideInAPackage("com.tenantbridge.service.change").andShould().haveSimpleNameEndingWith("Kind")
            .because("a newcomer finds every kind of change, whole, as service/change/*Kind.java");

    @ArchTest
    static final ArchRule journalRecordsAreTyped = noFields().that().areDeclaredInClassesThat()
            .implement(ChangeRecord.class).should().haveRawType(java.util.Map.class)
            .because("what undo needs is a typed record per kind, not a map of strings to anything");
}
