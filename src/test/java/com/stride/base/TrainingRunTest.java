package com.stride.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TrainingRunTest {

    @Test
    void thePageIsServedTheGivenNumberOfTimes() throws IOException {
        AtomicInteger served = new AtomicInteger();
        HttpServer server = server(200, served);
        try {
            assertThat(TrainingRun.servePages(uri(server), 5)).isTrue();
            assertThat(served).hasValue(5);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPageThatFailsFailsTheTrainingRun() throws IOException {
        AtomicInteger served = new AtomicInteger();
        HttpServer server = server(500, served);
        try {
            assertThat(TrainingRun.servePages(uri(server), 5)).isFalse();
            assertThat(served).as("it stops at the first failure").hasValue(1);
        } finally {
            server.stop(0);
        }
        assertThat(TrainingRun.servePages(uri(server), 1)).as("nothing listens any more").isFalse();
    }

    private static HttpServer server(int status, AtomicInteger served) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/login", exchange -> {
            served.incrementAndGet();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static URI uri(HttpServer server) {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/login");
    }
}
