package io.studysite.parse;

import io.studysite.diag.Diagnostics;
import io.studysite.markdown.FrontMatterFence;
import io.studysite.note.RefKind;
import io.studysite.note.Reference;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** YAML front matter, read with a real YAML parser (flexmark's own keeps quotes and does not split lists). */
final class FrontMatter {
    /** Levels of lists and maps inside a property; real properties use two or three. */
    static final int MAX_DEPTH = 64;
    /**
     * YAML aliases ({@code *name}) of lists and maps: each may stand for a whole tree, so a few dozen of them, each
     * repeating the one before, make billions of values (a "billion laughs"). Obsidian's properties use none.
     */
    static final int MAX_ALIASES = 10;

    private FrontMatter() {}

    private static LoadSettings settings() {
        return LoadSettings.builder().setMaxAliasesForCollections(MAX_ALIASES).build();
    }

    /** The properties, in file order; empty when there is no front matter or it is not valid YAML (with a diagnostic). */
    static Map<String, Object> parse(String text, Path file, Diagnostics diagnostics) {
        int end = FrontMatterFence.closingLine(text);
        if (end < 0) {
            if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
                diagnostics.warn(file, 1, 1, "invalid-front-matter", "the front matter is never closed, so the note has no "
                        + "properties: its first line shows as a rule and the rest as text (close it with a line ---)");
            }
            return Map.of();
        }
        String yaml = text.substring(text.indexOf('\n') + 1, end);
        if (bracketDepth(yaml) > MAX_DEPTH) {
            diagnostics.warn(file, 2, 1, "invalid-front-matter", "front matter nests lists or maps more than " + MAX_DEPTH
                    + " levels deep, so the note has no properties");
            return Map.of();
        }
        try {
            LoadSettings settings = settings();
            Optional<Node> root = compose(settings, yaml);
            Optional<Node> recursive = root.flatMap(FrontMatter::recursion);
            if (recursive.isPresent()) {
                int line = recursive.get().getStartMark().map(m -> m.getLine() + 2).orElse(2);
                int column = recursive.get().getStartMark().map(m -> m.getColumn() + 1).orElse(1);
                diagnostics.warn(file, line, column, "invalid-front-matter", "front matter has a value that refers to itself "
                        + "through an alias (*name inside &name), so the note has no properties");
                return Map.of();
            }
            Object value = new StandardConstructor(settings).constructSingleDocument(root);
            if (value == null) {
                return Map.of();
            }
            if (depth(value, 0) > MAX_DEPTH) {
                diagnostics.warn(file, 2, 1, "invalid-front-matter", "front matter nests lists or maps more than " + MAX_DEPTH
                        + " levels deep, or a value contains itself, so the note has no properties");
                return Map.of();
            }
            if (!(value instanceof Map<?, ?> map)) {
                diagnostics.warn(file, 2, 1, "invalid-front-matter", "front matter is not a map of properties");
                return Map.of();
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            map.forEach((k, v) -> properties.put(String.valueOf(k), v));
            return properties;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(2);
            int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(1);
            diagnostics.warn(file, line, column, "invalid-front-matter", "front matter is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            diagnostics.warn(file, 2, 1, "invalid-front-matter", "front matter is not valid YAML: " + e.getMessage());
        }
        return Map.of();
    }

    /** The YAML's node tree; a YAML problem is always a {@link YamlEngineException}. */
    private static Optional<Node> compose(LoadSettings settings, String yaml) {
        try {
            return new Compose(settings).composeString(yaml);
        } catch (IllegalArgumentException e) {
            // SnakeYAML Engine rejects a tag whose %-escape decodes to a space (!x%20) with this, not its own exception.
            throw new YamlEngineException(e.getMessage());
        }
    }

    /**
     * The deepest nesting of flow lists and maps ({@code [[[…]]]}), read before parsing: the YAML parser recurses
     * once per level, so 50,000 of them took a minute. Brackets inside quotes count too; no real value nests 64.
     */
    private static int bracketDepth(String yaml) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return deepest;
    }

    /** Levels of lists and maps in a loaded value, counted no further than just past the limit (a value may contain itself). */
    private static int depth(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            return depth;
        }
        Iterable<?> children = value instanceof Map<?, ?> map ? map.values() : value instanceof List<?> list ? list : null;
        int deepest = depth;
        if (children != null) {
            for (Object child : children) {
                deepest = Math.max(deepest, depth(child, depth + 1));
                if (deepest > MAX_DEPTH) {
                    break;
                }
            }
        }
        return deepest;
    }

    /**
     * The wikilinks in property values ({@code up: "[[Parent]]"}, lists of them), each at the line and column of its
     * {@code [[} in the note; none when the front matter is not valid YAML (that is reported by {@link #parse}).
     */
    static List<Reference> links(String text) {
        int end = FrontMatterFence.closingLine(text);
        if (end < 0) {
            return List.of();
        }
        String yaml = text.substring(text.indexOf('\n') + 1, end);
        String[] lines = yaml.split("\r?\n", -1);
        List<Reference> out = new ArrayList<>();
        if (bracketDepth(yaml) > MAX_DEPTH) {
            return List.of();
        }
        try {
            compose(settings(), yaml).ifPresent(root -> {
                if (root instanceof MappingNode map && recursion(root).isEmpty()) {
                    for (NodeTuple property : map.getValue()) {
                        collect(property.getValueNode(), lines, out, 0);
                    }
                }
            });
        } catch (YamlEngineException e) {
            return List.of();
        }
        return out;
    }

    /**
     * A collection that contains itself ({@code c: &c [x, *c]}): YAML allows it, but no property can be shown or
     * walked. The first such collection, depth first.
     */
    private static Optional<Node> recursion(Node root) {
        return recursion(root, Collections.newSetFromMap(new IdentityHashMap<>()), Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Optional<Node> recursion(Node node, Set<Node> path, Set<Node> done) {
        if (path.contains(node)) {
            return Optional.of(node);
        }
        // An alias to a finished collection is shared, not recursive, and walked once (a billion laughs stays cheap).
        if (!done.add(node)) {
            return Optional.empty();
        }
        List<Node> children = new ArrayList<>();
        if (node instanceof SequenceNode list) {
            children.addAll(list.getValue());
        } else if (node instanceof MappingNode map) {
            map.getValue().forEach(tuple -> {
                children.add(tuple.getKeyNode());
                children.add(tuple.getValueNode());
            });
        }
        path.add(node);
        for (Node child : children) {
            Optional<Node> found = recursion(child, path, done);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(node);
        return Optional.empty();
    }

    private static void collect(Node node, String[] lines, List<Reference> out, int depth) {
        if (depth > MAX_DEPTH) {
            return; // a list that contains itself; parse() reports it
        }
        if (node instanceof SequenceNode list) {
            list.getValue().forEach(item -> collect(item, lines, out, depth + 1));
        } else if (node instanceof ScalarNode scalar && scalar.getStartMark().isPresent()) {
            int line = scalar.getStartMark().get().getLine();
            int column = scalar.getStartMark().get().getColumn();
            String written = line < lines.length ? lines[line] : "";
            int from = column;
            for (PropertyLinks.Link link : PropertyLinks.in(scalar.getValue())) {
                if (link.isWikilink()) {
                    // At its "[[" as written (after a quote); a value folded over lines is placed at its start.
                    int at = written.indexOf("[[", from);
                    from = at < 0 ? from : at + 2;
                    // Lines after the opening "---"; columns 1-based.
                    out.add(new Reference(RefKind.WIKILINK, link.target(), link.anchor(), line + 2, (at < 0 ? column : at) + 1));
                }
            }
        }
    }

    /** A property that may be a list or a comma/space-separated string ({@code tags}, {@code aliases}). */
    static List<String> list(Map<String, Object> properties, String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            Object value = properties.get(key);
            if (value instanceof Collection<?> items) {
                items.stream().filter(item -> item != null).map(item -> item.toString().trim())
                        .filter(s -> !s.isEmpty()).forEach(out::add);
            } else if (value != null) {
                for (String part : value.toString().split(key.startsWith("tag") ? "[,\\s]+" : ",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }
}
