package com.stride.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrainingRunTest {

    private final AtomicInteger served = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void thePageIsServedTheGivenNumberOfTimes() throws IOException {
        URI page = serve(200);

        assertThat(TrainingRun.servePages(page, 5)).isTrue();
        assertThat(served).hasValue(5);
    }

    @Test
    void aPageThatFailsFailsTheTrainingRun() throws IOException {
        URI page = serve(500);

        assertThat(TrainingRun.servePages(page, 5)).isFalse();
        assertThat(served).as("it stops at the first failure").hasValue(1);
        server.stop(0);
        assertThat(TrainingRun.servePages(page, 1)).as("nothing listens any more").isFalse();
    }

    /** A sign-in page that answers with this status; its address. */
    private URI serve(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/login", exchange -> {
            served.incrementAndGet();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/login");
    }
}
