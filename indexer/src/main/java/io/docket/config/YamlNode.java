package io.docket.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A node of docket.yml together with its key path, so that every error can say exactly where it is
 * ({@code docket.yml: accounts[0].security: ...}). Binding by hand instead of Jackson's record
 * binding keeps those messages ours, word for word, and pinned by tests.
 */
final class YamlNode {
    private final String file;
    private final String path;
    private final JsonNode node;

    YamlNode(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    String path() {
        return path;
    }

    ConfigException error(String message) {
        return new ConfigException(file + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    /** Errors from a record's compact constructor start with the component name; prefix our path. */
    ConfigException invalid(IllegalArgumentException e) {
        return new ConfigException(file + ": " + (path.isEmpty() ? "" : path + ".") + e.getMessage());
    }

    /** Requires a mapping whose keys are all in {@code known}. */
    YamlNode requireObject(Set<String> known) {
        if (!node.isObject()) throw error("expected a mapping, got " + kind(node));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                child(key).throwUnknown(known);
            }
        }
        return this;
    }

    private void throwUnknown(Set<String> known) {
        throw error("unknown key (expected one of " + String.join(", ", new TreeSet<>(known)) + ")");
    }

    YamlNode child(String key) {
        return new YamlNode(file, path.isEmpty() ? key : path + "." + key, node.get(key));
    }

    boolean present() {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    String text(String key, String fallback) {
        YamlNode c = child(key);
        if (!c.present()) return fallback;
        if (!c.node.isValueNode() || c.node.isBoolean()) throw c.error("expected a string, got " + kind(c.node));
        return c.node.asText();
    }

    int integer(String key, int fallback) {
        YamlNode c = child(key);
        if (!c.present()) return fallback;
        if (!c.node.isIntegralNumber() || !c.node.canConvertToInt()) throw c.error("expected a whole number, got " + kind(c.node));
        return c.node.intValue();
    }

    boolean bool(String key, boolean fallback) {
        YamlNode c = child(key);
        if (!c.present()) return fallback;
        if (!c.node.isBoolean()) throw c.error("expected true or false, got " + kind(c.node));
        return c.node.booleanValue();
    }

    Duration duration(String key, Duration fallback) {
        return parsed(key, fallback, Durations::parse);
    }

    <T> T parsed(String key, T fallback, Function<String, T> parser) {
        YamlNode c = child(key);
        if (!c.present()) return fallback;
        String text = text(key, null);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw c.error(e.getMessage());
        }
    }

    List<YamlNode> list(String key) {
        YamlNode c = child(key);
        if (!c.present()) return List.of();
        if (!c.node.isArray()) throw c.error("expected a list, got " + kind(c.node));
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < c.node.size(); i++) {
            items.add(new YamlNode(file, c.path + "[" + i + "]", c.node.get(i)));
        }
        return items;
    }

    List<String> textList(String key) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : list(key)) {
            if (!item.present() || !item.node.isValueNode()) throw item.error("expected a string, got " + kind(item.node));
            out.add(item.node.asText());
        }
        return out;
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "nothing";
        if (n.isObject()) return "a mapping";
        if (n.isArray()) return "a list";
        if (n.isTextual()) return "\"" + n.asText() + "\"";
        return n.asText();
    }
}
