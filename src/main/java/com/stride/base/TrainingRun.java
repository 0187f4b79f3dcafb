package com.stride.base;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The training run of the JDK AOT cache (docker/Dockerfile, the load test's {@code -Dload.start=aot};
 * profile "training", which has no database). Once the app has started, and before anything that
 * needs the database runs, it serves its own sign-in page a few times, so that the cache also holds
 * what the first page needs, and stops. A restart then reaches its first page in 3.1-3.4 s instead
 * of 3.4 s with a cache trained only up to the context refresh (docs/performance.md).
 */
@Component
public final class TrainingRun implements ApplicationListener<ApplicationStartedEvent> {

    /** Set only by application-training.properties. */
    public static final String PROPERTY = "stride.training-run";

    static final int PAGES = 5;

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        if (!context.getEnvironment().getProperty(PROPERTY, Boolean.class, false)) {
            return;
        }
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        boolean served = servePages(URI.create("http://localhost:" + port + "/login"), PAGES);
        // ApplicationStartedEvent comes before the application runners, which need the database
        System.exit(SpringApplication.exit(context, () -> served ? 0 : 1));
    }

    /** Whether the page answered 200 every time. */
    static boolean servePages(URI page, int times) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (int i = 0; i < times; i++) {
                int status = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status != 200) {
                    log.error("The training run's page {} answered {}", page, status);
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            log.error("The training run could not open {}", page, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
