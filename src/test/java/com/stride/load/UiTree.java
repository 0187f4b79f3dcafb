package com.stride.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The browser's copy of Vaadin's state tree, kept up to date from the "changes" of each UIDL
 * response: enough of it to find a button by its text or a field by its label, as a person would.
 */
final class UiTree {

    // Feature ids of Flow's NodeFeatureRegistry that the driver reads.
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;

    static final class Node {
        final int id;
        final Map<Integer, Map<String, Object>> maps = new HashMap<>();
        final Map<Integer, List<Object>> lists = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        String tag() {
            Object tag = map(ELEMENT_DATA).get("tag");
            return tag == null ? "" : tag.toString();
        }

        @Nullable String attribute(String name) {
            Object value = map(ATTRIBUTES).get(name);
            return value == null ? null : value.toString();
        }

        @Nullable Object property(String name) {
            return map(PROPERTIES).get(name);
        }

        @Nullable String listener(String event) {
            Object hash = map(LISTENERS).get(event);
            return hash == null ? null : hash.toString();
        }

        Map<String, Object> map(int feature) {
            return maps.computeIfAbsent(feature, f -> new HashMap<>());
        }

        List<Object> list(int feature) {
            return lists.computeIfAbsent(feature, f -> new ArrayList<>());
        }

        @Override
        public String toString() {
            return "<" + tag() + " #" + id + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            Node node = node(change.get("node").asInt());
            int feature = change.path("feat").asInt(-1);
            switch (change.get("type").asString()) {
                case "attach" -> { }
                case "detach" -> nodes.remove(node.id);
                case "put" -> node.map(feature).put(change.get("key").asString(), change.has("nodeValue")
                        ? (Object) node(change.get("nodeValue").asInt()) : value(change.get("value")));
                case "remove" -> node.map(feature).remove(change.get("key").asString());
                case "clear" -> node.list(feature).clear();
                case "splice" -> splice(node, feature, change);
                default -> { }
            }
        }
    }

    private void splice(Node node, int feature, JsonNode change) {
        List<Object> list = node.list(feature);
        int index = change.get("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        List<Object> added = new ArrayList<>();
        for (JsonNode id : change.path("addNodes")) {
            added.add(node(id.asInt()));
        }
        for (JsonNode value : change.path("add")) {
            added.add(value(value));
        }
        list.addAll(Math.min(index, list.size()), added);
    }

    private static Object value(@Nullable JsonNode json) {
        if (json == null || json.isNull()) {
            return "";
        }
        return json.isValueNode() ? json.asString() : json;
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    /** The text a person reads in an element: its own text nodes and its children's. */
    String text(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text, 0);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private void appendText(Node node, StringBuilder text, int depth) {
        if (depth > 60) {
            return;
        }
        Object own = node.map(TEXT).get("text");
        if (own != null) {
            text.append(own).append(' ');
        }
        // A notification's text is a property the web component renders itself.
        Object notice = node.tag().equals("vaadin-notification") ? node.property("text") : null;
        if (notice != null) {
            text.append(notice).append(' ');
        }
        for (Node child : children(node)) {
            appendText(child, text, depth + 1);
        }
    }

    /** Child elements in every list feature (children, virtual children such as dialogs). */
    List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        for (List<Object> list : node.lists.values()) {
            for (Object item : list) {
                if (item instanceof Node child && nodes.containsKey(child.id)) {
                    children.add(child);
                }
            }
        }
        return children;
    }

    List<Node> find(Predicate<Node> predicate) {
        List<Node> found = new ArrayList<>();
        Node root = nodes.get(1);
        if (root != null) {
            collect(root, predicate, found, 0);
        }
        return found;
    }

    private void collect(Node node, Predicate<Node> predicate, List<Node> found, int depth) {
        if (depth > 80) {
            return;
        }
        if (predicate.test(node)) {
            found.add(node);
        }
        for (Node child : children(node)) {
            collect(child, predicate, found, depth + 1);
        }
    }

    /** Elements of a tag whose text, label or aria-label is exactly the given one. */
    List<Node> named(String tag, String name) {
        return find(node -> node.tag().equals(tag) && (name.equals(text(node))
                || name.equals(String.valueOf(node.property("label")))
                || name.equals(node.attribute("aria-label"))));
    }

    boolean containsText(String text) {
        Node root = nodes.get(1);
        return root != null && text(root).contains(text);
    }
}
