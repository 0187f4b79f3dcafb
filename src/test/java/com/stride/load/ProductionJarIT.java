package com.stride.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar's Spring AOT initialisation (docs/decisions/2026-12-02-spring-aot.md) holds the
 * beans production needs whatever it is started with, and none of the demo's: what Spring AOT
 * leaves out when the jar is built cannot be switched on when it starts.
 */
class ProductionJarIT {

    private static final String CLASSES = "BOOT-INF/classes/";

    @Test
    void theAotInitialisationIsProductionsWithMailAndWithoutTheDemo() throws IOException {
        try (JarFile jar = new JarFile(builtJar().toFile())) {
            List<String> generated = jar.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith(CLASSES) && name.contains("__")).toList();

            assertThat(generated).contains(CLASSES + "com/stride/Application__ApplicationContextInitializer.class")
                    .as("one-time links are emailed when SPRING_MAIL_HOST is set at start")
                    .contains(CLASSES + "org/springframework/boot/mail/autoconfigure/"
                            + "MailSenderPropertiesConfiguration__BeanDefinitions.class")
                    .as("the demo accounts and the embedded database never start in production")
                    .noneMatch(name -> name.startsWith(CLASSES + "com/stride/demo/"))
                    .noneMatch(name -> name.contains("EmbeddedDatabaseConfiguration"))
                    .as("an SMTP outage does not fail the health check")
                    .noneMatch(name -> name.contains("MailHealth"));
        }
    }

    private static Path builtJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("stride-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No jar in target/: this runs after package"));
        }
    }
}
