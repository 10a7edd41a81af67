package org.leadpact.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The core is plain Java: no I/O, no framework, no database, no clock. Time comes in as an argument,
 * so replays are deterministic and tests move time instead of sleeping.
 */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.leadpact");

    @Test
    void the_core_does_no_io_and_uses_no_framework() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "java.io..", "java.nio..", "java.net..", "java.sql..", "javax.sql..", "java.util.concurrent..",
                "java.lang.reflect..", "io.javalin..", "org.jdbi..", "com.fasterxml..", "picocli..",
                "org.flywaydb..", "com.zaxxer..", "io.micrometer..", "jakarta..", "org.eclipse.angus..")
                .because("the core takes events and time as inputs and returns new state and effects");
        rule.check(CORE);
    }

    @Test
    void the_core_never_reads_the_system_clock() {
        ArchRule rule = noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().dependOnClassesThat().areAssignableTo(java.util.Random.class)
                .because("time is an input: scoring at T, SLA clocks and replays must be repeatable");
        rule.check(CORE);
    }

    @Test
    void the_core_prints_nothing() {
        ArchRule rule = noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("the shell decides what to print");
        rule.check(CORE);
    }
}
