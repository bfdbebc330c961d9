package org.jigai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** Rules Spring Modulith cannot express. */
@AnalyzeClasses(packages = "org.jigai", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("services own transactions and authorization; views call services");

    @ArchTest
    static final ArchRule views_never_touch_the_entity_manager = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule only_the_demo_loader_creates_demo_accounts = noClasses()
            .that().resideOutsideOfPackages("org.jigai.demo..", "org.jigai.account..")
            .should().dependOnClassesThat().areAssignableTo(org.jigai.account.DemoAccounts.class)
            .because("demo accounts of any role skip every check of account creation");
}
