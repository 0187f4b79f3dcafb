package com.stride.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs on our machines, so the image is never built here; this keeps its
 * Dockerfile honest by other means. `LoadTest -Dload.start=aot` runs the same extract, train and
 * start steps locally.
 */
class DockerfileTest {

    private static final Path DOCKERFILE = Path.of("docker/Dockerfile");

    @Test
    void theRuntimeImageRunsUnprivilegedWithAHealthCheckAndTheCacheItWasTrainedWith() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE).replace("\\\n", " ");
        String runtime = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));

        assertThat(runtime).contains("USER stride:stride").contains("HEALTHCHECK").contains("/actuator/health");
        assertThat(runtime.substring(runtime.indexOf("USER stride:stride"))).doesNotContain("\nUSER root");

        String cacheWritten = single(runtime, "-XX:AOTCacheOutput=(\\S+)");
        String jarTrained = single(runtime, "AOTCacheOutput=\\S+ .*?-jar (\\S+)");
        String entrypoint = single(runtime, "ENTRYPOINT (\\[.*])");
        assertThat(entrypoint).contains("\"-XX:AOTCache=" + cacheWritten + "\"")
                .as("the cache serves only the class path it was trained with")
                .contains("\"-jar\", \"" + jarTrained + "\"");
        // the copied jar's name is what extract gives the application jar
        assertThat(runtime).contains("/tmp/stride.jar extract --destination /app/extracted");
        assertThat(jarTrained).isEqualTo("/app/extracted/stride.jar");
        assertThat(runtime).contains("SPRING_PROFILES_ACTIVE=prod,training");
        // Spring AOT in the training run as at the start, or the cache misses the classes it loads
        assertThat(single(runtime, "AOTCacheOutput=\\S+ (.*?) -jar")).contains("-Dspring.aot.enabled=true");
        assertThat(entrypoint).contains("\"-Dspring.aot.enabled=true\"");
        // training and the entrypoint see the same JVM options: set before the training step
        assertThat(runtime.indexOf("JAVA_TOOL_OPTIONS")).isLessThan(runtime.indexOf("AOTCacheOutput"));
        // build and runtime on the same JDK feature release
        List<String> bases = Pattern.compile("FROM eclipse-temurin:(\\d+)-").matcher(dockerfile).results()
                .map(match -> match.group(1)).distinct().toList();
        assertThat(bases).hasSize(1);
    }

    @Test
    void theTrainingProfileNeverTouchesADatabase() throws IOException {
        Properties training = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application-training.properties"))) {
            training.load(in);
        }
        assertThat(training).containsEntry("stride.training-run", "true")
                .containsEntry("spring.jpa.hibernate.ddl-auto", "none")
                .containsEntry("spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access", "false");
        assertThat(training.getProperty("spring.datasource.url")).contains("127.0.0.1:1/");
    }

    private static String single(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
