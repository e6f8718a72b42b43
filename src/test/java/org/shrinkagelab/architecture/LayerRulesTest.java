package org.shrinkagelab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps compute free of JavaFX so it runs the same from a test, the command line and the GUI. */
@AnalyzeClasses(packages = "org.shrinkagelab", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule computeHasNoJavaFx = noClasses()
            .that().resideInAnyPackage("..engine..", "..stats..", "..data..", "..charts..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
            .because("compute and figure building must run headless (DESIGN.md, Architecture)");

    /** In a problem package only the tab and its view classes (named *Tab, *View) may use JavaFX. */
    @ArchTest
    static final ArchRule problemModelsHaveNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.shrinkagelab.problems..")
            // a tab's or view's nested and anonymous classes (DysonTab$1) belong to it
            .and().haveNameNotMatching(".*(Tab|View)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "org.shrinkagelab.ui..")
            .because("a problem's model runs from the command line and tests without a display");

    @ArchTest
    static final ArchRule computeDoesNotReachIntoTheShell = noClasses()
            .that().resideInAnyPackage("..engine..", "..stats..", "..data..")
            .should().dependOnClassesThat().resideInAnyPackage("..app..", "..ui..", "..problems..");

    /** The workbench's model half (everything outside workbench.view) runs headless, like engine and stats. */
    @ArchTest
    static final ArchRule workbenchModelHalfHasNoJavaFx = noClasses()
            .that().resideInAPackage("org.shrinkagelab.workbench")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..",
                    "org.shrinkagelab.ui..", "org.shrinkagelab.app..", "org.shrinkagelab.workbench.view..")
            .because("the fit, the analysis and the summary run from the command line and tests without a display");

    /** The workbench is shared by every problem, so it knows none of them. */
    @ArchTest
    static final ArchRule workbenchKnowsNoProblem = noClasses()
            .that().resideInAnyPackage("org.shrinkagelab.workbench..")
            .should().dependOnClassesThat().resideInAnyPackage("org.shrinkagelab.problems.(*)..")
            .because("a problem declares itself on the workbench, never the other way round");
}
