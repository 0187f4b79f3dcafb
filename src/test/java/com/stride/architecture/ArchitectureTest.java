package com.stride.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * Pins the package-by-feature layout: features (catalogue, plan, log, account, clinic) each hold
 * their domain and services, with views in a ui sub-package; base, security and i18n (the words of
 * every screen, which security's sign-in page needs too) are shared.
 */
@AnalyzeClasses(packages = "com.stride",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotGeneratedBySpringAot.class})
class ArchitectureTest {

    /**
     * The classes Spring AOT writes into target/classes when the jar is built (bean definitions,
     * proxies, repositories) are generated from ours and follow Spring's layout, not this one.
     */
    static final class NotGeneratedBySpringAot implements ImportOption {

        private static final Pattern GENERATED = Pattern.compile(".*/[^/]*(__|\\$\\$SpringCGLIB\\$\\$)[^/]*\\.class");

        @Override
        public boolean includes(Location location) {
            return !location.matches(GENERATED);
        }
    }

    private static final String[] FEATURES = {
            "com.stride.catalogue..", "com.stride.plan..", "com.stride.log..",
            "com.stride.account..", "com.stride.clinic..", "com.stride.audit..", "com.stride.demo.."};

    @ArchTest
    static final ArchRule viewsTalkToServicesNeverToRepositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
            .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
            .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcTemplate.class)
            .orShould().dependOnClassesThat().areAssignableTo(DataSource.class)
            .because("views go through services, where access is checked");

    @ArchTest
    static final ArchRule viewsReachFeatureDataOnlyThroughServices = noClasses()
            .that().resideInAPackage("com.stride..ui..")
            .should().dependOnClassesThat(DescribedPredicate.describe("beans of a feature other than its services",
                    (JavaClass type) -> (type.isAnnotatedWith(Component.class)
                            || type.isAnnotatedWith(org.springframework.stereotype.Repository.class))
                            && !type.getPackageName().contains(".ui")
                            && Arrays.stream(FEATURES).anyMatch(feature ->
                                    type.getPackageName().startsWith(feature.replace("..", "")))))
            .because("services check the caller; a feature's other beans (queries, the audit writer,"
                    + " link delivery) do not, and the access matrix covers services only");

    @ArchTest
    static final ArchRule viewsNeverUseSystemOnlyProvisioning = noClasses()
            .that().resideInAPackage("com.stride..ui..")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.stride.account.AccountProvisioning")
            .because("provisioning acts for the system and checks no caller");

    @ArchTest
    static final ArchRule servicesAreNotInViewPackages = noClasses()
            .that().areAnnotatedWith(Service.class).or().areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .should().resideInAPackage("com.stride..ui..");

    @ArchTest
    static final ArchRule sharedPackagesDoNotDependOnFeatures = noClasses()
            .that().resideInAnyPackage("com.stride.base..", "com.stride.security..", "com.stride.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("features build on base, security and i18n, not the other way round");

    @ArchTest
    static final ArchRule theWordsDependOnNothingOfOurs = noClasses()
            .that().resideInAPackage("com.stride.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("com.stride.base..", "com.stride.security..")
            .because("every package takes its words from i18n, so i18n needs none of theirs");

    @ArchTest
    static final ArchRule domainAndServicesDoNotDependOnViews = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .and().doNotHaveFullyQualifiedName("com.stride.security.SecurityConfiguration")
            .should().dependOnClassesThat().resideInAPackage("com.stride..ui..")
            .because("only the security configuration needs to name the login view");

    @ArchTest
    static final ArchRule nothingDependsOnDemoData = noClasses()
            .that().resideOutsideOfPackage("com.stride.demo..")
            .should().dependOnClassesThat().resideInAPackage("com.stride.demo..")
            .because("demo data exists only in the demo profile");

    @ArchTest
    static final ArchRule viewMethodsCarryNoSecurityAnnotations = noMethods()
            .that().areDeclaredInClassesThat().areAssignableTo(com.vaadin.flow.component.Component.class)
            .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
            .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
            .orShould().beAnnotatedWith(jakarta.annotation.security.DenyAll.class)
            .because("method security leaves Vaadin components out (SecurityConfiguration): such an annotation"
                    + " on a view's method would check nothing; views say who may open them on the class, and"
                    + " services check every call");

    @ArchTest
    static final ArchRule onlyDemoDataActsAsSomeoneElseOrWritesPastLogs = noClasses()
            .that().resideOutsideOfPackage("com.stride.demo..")
            .and().doNotHaveFullyQualifiedName("com.stride.security.RunAs")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.stride.security.RunAs")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.stride.log.LogBackfill")
            .because("acting as another account and writing backdated logs check no caller: only the demo"
                    + " data (and tests) may do either");

    @ArchTest
    static final ArchRule sqlStaysInsideItsFeature = classes()
            .that().resideInAnyPackage(FEATURES)
            .and(DescribedPredicate.describe("hold a JdbcClient or JdbcTemplate", (JavaClass type) ->
                    type.getAllFields().stream().anyMatch(field -> field.getRawType().isAssignableTo(JdbcClient.class)
                            || field.getRawType().isAssignableTo(JdbcTemplate.class))))
            .and().areNotAnnotatedWith(Service.class)
            .and().doNotHaveFullyQualifiedName("com.stride.audit.AuditLog")
            .and().doNotHaveFullyQualifiedName("com.stride.log.LogBackfill")
            .should().notBePublic()
            .because("other features read a feature's data through its services or published SQL views,"
                    + " never its queries; the audit writer and the demo's log backfill are the system's own");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices()
            .matching("com.stride.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule entitiesLiveInFeaturePackagesNotInViews = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().resideOutsideOfPackage("..ui..");

    @ArchTest
    static final ArchRule viewsAreInUiPackagesAndPackagePrivate = classes()
            .that().areAnnotatedWith(Route.class)
            .and().doNotHaveFullyQualifiedName("com.stride.security.ui.LoginView")
            .should().resideInAPackage("..ui..")
            .andShould().notHaveModifier(JavaModifier.PUBLIC)
            .because("views are reached by navigation, never called from other packages");
}
