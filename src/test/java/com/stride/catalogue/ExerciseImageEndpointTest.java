package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.test.BrowserTest;
import com.stride.test.SignIn;
import com.stride.test.WebIntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The image URL of a custom exercise answers only to users of the owning clinic. */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExerciseImageEndpointTest {

    @LocalServerPort
    private int port;

    @Autowired
    private CatalogueService catalogue;

    @Autowired
    private UserDetailsService users;

    private byte[] png;
    private long exerciseId;

    @BeforeAll
    void customExerciseWithImage() throws IOException {
        png = Files.readAllBytes(Path.of("src/test/resources/images/exercise.png"));
        exerciseId = SignIn.as("pt.maya", () -> catalogue.create(new ExerciseDraft("Pictured drill", Category.STRETCH,
                Set.of(BodyRegion.HIPS), List.of(), Position.STANDING, ExerciseEquipment.NONE, false, List.of("Do it."), List.of(),
                Dosage.builder().reps(Range.of(5)).build(), null, ImageChange.replace(png)))).id();
    }

    @Test
    void theOwningClinicGetsTheImageWithItsRealType() throws Exception {
        HttpResponse<byte[]> response = imageAs("admin");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.body()).isEqualTo(png);
        assertThat(response.headers().firstValue("Cache-Control")).as("never kept after sign-out")
                .hasValueSatisfying(value -> assertThat(value).contains("no-store", "private"));
    }

    @Test
    void anotherClinicGetsNotFound() throws Exception {
        assertThat(imageAs("hilltop.pt").statusCode()).isEqualTo(404);
        assertThat(imageAs("hilltop.admin").statusCode()).isEqualTo(404);
    }

    @Test
    void runnersAndAnonymousVisitorsGetNothing() throws Exception {
        HttpResponse<byte[]> runner = imageAs("runner.jordan");
        assertThat(runner.statusCode()).isEqualTo(404);
        assertThat(runner.body()).isNotEqualTo(png);

        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<byte[]> response = anonymous.send(HttpRequest.newBuilder(imageUri()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void stockDrawingsAreServedAsSvgToSignedInPeopleOnly() throws Exception {
        HttpResponse<byte[]> animated = getAs("runner.jordan", "/catalogue/illustrations/glute-bridge.svg");
        assertThat(animated.statusCode()).isEqualTo(200);
        assertThat(animated.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(new String(animated.body(), StandardCharsets.UTF_8)).startsWith("<svg").contains("<animate");
        assertThat(animated.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store", "private"));
        HttpResponse<byte[]> poses = getAs("runner.jordan", "/catalogue/illustrations/glute-bridge-poses.svg");
        assertThat(new String(poses.body(), StandardCharsets.UTF_8)).startsWith("<svg").doesNotContain("<animate");
        assertThat(getAs("runner.jordan", "/catalogue/illustrations/no-such-exercise.svg").statusCode()).isEqualTo(404);
        assertThat(getAs("runner.jordan", "/catalogue/illustrations/ab.svg").statusCode()).isEqualTo(404);

        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(anonymous.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/catalogue/illustrations/glute-bridge.svg")).build(), HttpResponse.BodyHandlers.ofByteArray())
                .statusCode()).isEqualTo(302);
    }

    private HttpResponse<byte[]> imageAs(String username) throws IOException, InterruptedException {
        return getAs(username, imageUri().getPath());
    }

    private HttpResponse<byte[]> getAs(String username, String path) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "username=" + username + "&password="
                + URLEncoder.encode(BrowserTest.DEMO_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI imageUri() {
        return URI.create("http://localhost:" + port + "/catalogue/images/" + exerciseId + "/1");
    }
}
