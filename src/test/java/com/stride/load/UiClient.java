package com.stride.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab, without a browser: it speaks Vaadin Flow's client-server protocol itself. It
 * bootstraps a route ({@code ?v-r=init}, then the {@code ui-navigate} event), and sends each
 * click or typed value as a {@code ?v-r=uidl} request carrying the session's CSRF token and the
 * sync and client ids, as Flow's own client does; the responses keep a {@link UiTree} current.
 */
final class UiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** HTTP requests of all tabs, for the throughput figure. */
    static final AtomicLong requests = new AtomicLong();
    /** Requests sent again after a 503 (the server could not reach its database). */
    static final AtomicLong retries = new AtomicLong();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern CONFIRM = Pattern.compile("\\$connector\\.confirm\\(");

    private final String base;
    private final HttpClient http;
    private final Map<String, JsonNode> constants = new HashMap<>();
    private UiTree tree = new UiTree();
    private String csrf = "";
    private int uiId;
    private int syncId;
    private int clientId;
    private int promise;
    private final List<JsonNode> executed = new ArrayList<>();

    /** Cookies of this tab only: many tabs share one HTTP client and its connections. */
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    UiClient(String base, HttpClient http) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = http;
    }

    /** The client every tab of a run shares; it never follows redirects, as the tests want to see them. */
    static HttpClient sharedHttp() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                    .append(value));
            request.header("Cookie", header.toString());
        }
        HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        requests.incrementAndGet();
        return response;
    }

    UiTree tree() {
        return tree;
    }

    /** The JavaScript the last responses asked the browser to run (a grid's rows arrive this way). */
    List<JsonNode> executed() {
        return executed;
    }

    /** Posts the sign-in form; refused when the server sends us back to the login page. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        get("/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        // refused: back to the login page (?error, ?throttled); accepted: to the page asked for
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new LoadFailure("sign-in of " + username + " refused: " + response.statusCode() + " " + location);
        }
    }

    /** Opens a route as a fresh page load: the bootstrap page, the UI's init, then navigation. */
    void open(String route) throws IOException, InterruptedException {
        unload();
        HttpResponse<String> page = get("/" + route);
        if (page.statusCode() == 302) {
            throw new LoadFailure("redirected to " + page.headers().firstValue("Location").orElse("?"));
        }
        check(page, "bootstrap of " + route);
        HttpResponse<String> init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=");
        check(init, "init of " + route);
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        tree = new UiTree();
        constants.clear();
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        csrf = uidl.get("Vaadin-Security-Key").asString();
        syncId = -1;
        clientId = 0;
        executed.clear();
        handle(uidl);
        navigate(route);
    }

    /**
     * Leaving the page: Flow's client tells the server on "pagehide" (a message with UNLOAD and no
     * calls), and the server closes that UI at once instead of keeping it until its heartbeats stop.
     */
    void unload() throws IOException, InterruptedException {
        if (csrf.isEmpty()) {
            return;
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrf);
        message.putArray("rpc");
        message.put("UNLOAD", true);
        message.put("syncId", syncId);
        message.put("clientId", clientId++);
        exchange(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        csrf = "";
    }

    /** Navigation inside the open UI, as a click on a menu link does. */
    void navigate(String route) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "link");
        send(List.of(event(1, "ui-navigate", data)));
    }

    void click(UiTree.Node node) throws IOException, InterruptedException {
        send(List.of(event(node.id, "click", eventData(node, "click"))));
    }

    /** A click on a grid row, as the grid's connector reports it. */
    void clickRow(UiTree.Node grid, String key) throws IOException, InterruptedException {
        ObjectNode data = eventData(grid, "item-click");
        for (String expression : List.copyOf(data.propertyNames())) {
            if (expression.contains("itemKey")) {
                data.put(expression, key);
            }
        }
        send(List.of(event(grid.id, "item-click", data)));
    }

    /** A value typed or chosen in a field: the property sync and the field's change event, in one request. */
    void setValue(UiTree.Node node, String value) throws IOException, InterruptedException {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        List<ObjectNode> rpc = new ArrayList<>(List.of(sync));
        for (String event : List.of("change", "value-changed")) {
            if (node.listener(event) != null) {
                rpc.add(event(node.id, event, eventData(node, event)));
            }
        }
        send(rpc);
    }

    /** A call of a {@code @ClientCallable} method, as a component's JavaScript connector makes. */
    void call(UiTree.Node node, String method, Object... arguments) throws IOException, InterruptedException {
        send(List.of(published(node.id, method, arguments)));
    }

    private ObjectNode published(int node, String method, Object... arguments) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        ArrayNode args = rpc.putArray("templateEventMethodArgs");
        for (Object argument : arguments) {
            args.addPOJO(argument);
        }
        rpc.put("promise", promise++);
        return rpc;
    }

    private ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    /** What the browser would report for the event expressions the server asked for. */
    private ObjectNode eventData(UiTree.Node node, String event) {
        ObjectNode data = JSON.createObjectNode();
        String hash = node.listener(event);
        JsonNode expressions = hash == null ? null : constants.get(hash);
        if (expressions != null) {
            for (var entry : expressions.properties()) {
                String expression = entry.getKey();
                if (!expression.startsWith("event") && !expression.startsWith("element")) {
                    continue;
                }
                if (expression.endsWith("Key") || expression.contains("defaultPrevented")) {
                    data.put(expression, false);
                } else if (expression.equals("event.detail")) {
                    data.put(expression, 1);
                } else {
                    data.put(expression, 0);
                }
            }
        }
        return data;
    }

    void send(List<ObjectNode> rpc) throws IOException, InterruptedException {
        executed.clear();
        exchange(rpc);
        confirmGridUpdates();
    }

    private void exchange(List<ObjectNode> rpc) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrf);
        message.putArray("rpc").addAll(rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId++);
        String body = JSON.writeValueAsString(message);
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(
                        URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        // as Flow's client does while "reconnecting": the same message again, for up to 30 s
        for (int retry = 0; response.statusCode() == 503 && retry < 120; retry++) {
            retries.incrementAndGet();
            Thread.sleep(250);
            response = exchange(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }
        check(response, "uidl");
        String answer = response.body();
        String json = answer.startsWith("for(;;);") ? answer.substring("for(;;);".length()) : answer;
        JsonNode parsed = JSON.readTree(json);
        handle(parsed.isArray() ? parsed.get(0) : parsed);
    }

    private void handle(JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new LoadFailure("session expired");
        }
        if (meta.has("appError")) {
            throw new LoadFailure("app error: " + meta.get("appError"));
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        for (var constant : uidl.path("constants").properties()) {
            constants.put(constant.getKey(), constant.getValue());
        }
        if (uidl.has("changes")) {
            tree.apply(uidl.get("changes"));
        }
        uidl.path("execute").forEach(executed::add);
    }

    // The grid connector confirms each data update; without it the server keeps every page in memory.
    private void confirmGridUpdates() throws IOException, InterruptedException {
        List<int[]> confirmations = new ArrayList<>();
        for (JsonNode execution : executed) {
            String script = execution.get(execution.size() - 1).asString();
            Matcher matcher = CONFIRM.matcher(script);
            if (matcher.find() && execution.size() >= 3 && execution.get(0).has("@v-node")) {
                confirmations.add(new int[] {execution.get(0).get("@v-node").asInt(), execution.get(1).asInt()});
            }
        }
        for (int[] confirmation : confirmations) {
            exchange(List.of(published(confirmation[0], "confirmUpdate", confirmation[1])));
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private static void check(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new LoadFailure(what + ": HTTP " + response.statusCode());
        }
    }

    // ---- finding what a person would look for ----

    UiTree.Node button(String text) {
        return one("vaadin-button", text);
    }

    Optional<UiTree.Node> optionalButton(String text) {
        return tree.named("vaadin-button", text).stream().findFirst();
    }

    UiTree.Node one(String tag, String name) {
        List<UiTree.Node> found = tree.named(tag, name);
        if (found.isEmpty()) {
            // what the person read instead, if the app said something
            String notices = notices();
            throw new LoadFailure("no " + tag + " \"" + name + "\" on screen"
                    + (notices.isEmpty() ? "" : " (notice: " + notices + ")"));
        }
        return found.getFirst();
    }

    /** The notices on screen, as one text ("" when there are none). */
    String notices() {
        return tree.find(node -> node.tag().equals("vaadin-notification")).stream()
                .map(tree::text).filter(text -> !text.isBlank()).collect(Collectors.joining("; "));
    }

    UiTree.Node first(String tag) {
        return tree.find(node -> node.tag().equals(tag)).stream().findFirst()
                .orElseThrow(() -> new LoadFailure("no " + tag + " on screen"));
    }

    void expectText(String text) {
        if (!tree.containsText(text)) {
            throw new LoadFailure("\"" + text + "\" is not on screen");
        }
    }

    /** A step that did not give the user what they asked for. */
    static final class LoadFailure extends RuntimeException {
        LoadFailure(String message) {
            super(message, null, false, false);
        }
    }
}
