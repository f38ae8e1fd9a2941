package io.studysite.render;

import io.studysite.link.SiteAddresses;
import io.studysite.note.Note;
import io.studysite.note.Slug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every tag of the published notes, case-insensitive, with nested tags rolled up into their
 * parents: a note tagged {@code aws/s3} is listed under {@code aws/s3} and under {@code aws}.
 */
final class TagTree {
    /** A tag: its key (lower case), how it is written, its page, the notes under it and its direct children. */
    record Tag(String key, String name, String page, List<Note> notes, List<String> children) {}

    private final Map<String, Tag> tags;

    private TagTree(Map<String, Tag> tags) {
        this.tags = tags;
    }

    static TagTree of(List<Note> notes, SiteAddresses addresses) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Note>> byKey = new TreeMap<>();
        for (Note note : notes) {
            for (String tag : note.tags()) {
                String[] parts = tag.split("/");
                StringBuilder key = new StringBuilder();
                StringBuilder name = new StringBuilder();
                for (String part : parts) {
                    if (part.isEmpty()) continue;
                    if (key.length() > 0) {
                        key.append('/');
                        name.append('/');
                    }
                    key.append(part.toLowerCase(Locale.ROOT));
                    name.append(part);
                    names.putIfAbsent(key.toString(), name.toString());
                    List<Note> list = byKey.computeIfAbsent(key.toString(), k -> new ArrayList<>());
                    // A note's tags come one after another: a repeat (#aws/s3 and #aws/ec2 both under #aws) is the last one.
                    if (list.isEmpty() || list.get(list.size() - 1) != note) {
                        list.add(note);
                    }
                }
            }
        }
        // Each tag's direct children, found from the child's side: one pass, however many tags a note has.
        Map<String, List<String>> childrenOf = new LinkedHashMap<>();
        for (String key : byKey.keySet()) {
            int slash = key.lastIndexOf('/');
            if (slash > 0) {
                childrenOf.computeIfAbsent(key.substring(0, slash), k -> new ArrayList<>()).add(key);
            }
        }
        Map<String, Tag> tags = new TreeMap<>(NaturalOrder.INSTANCE);
        for (var e : byKey.entrySet()) {
            String key = e.getKey();
            List<String> children = childrenOf.getOrDefault(key, List.of()).stream().sorted(NaturalOrder.INSTANCE).toList();
            List<Note> sorted = e.getValue().stream()
                    .sorted(Comparator.comparing(Note::title, NaturalOrder.INSTANCE).thenComparing(Note::path)).toList();
            tags.put(key, new Tag(key, names.get(key), pageOf(key, addresses), sorted, children));
        }
        return new TagTree(tags);
    }

    /** {@code aws/s3} → {@code tags/aws/s3.html}; each segment slugged. */
    static String pageOf(String key, SiteAddresses addresses) {
        StringBuilder slugs = new StringBuilder();
        for (String part : key.split("/")) {
            String slug = Slug.of(part);
            slugs.append(slugs.length() > 0 ? "/" : "").append(slug.isEmpty() ? "tag" : slug);
        }
        return addresses.tagPage(slugs.toString());
    }

    List<Tag> all() {
        return List.copyOf(tags.values());
    }

    Tag get(String key) {
        return tags.get(key.toLowerCase(Locale.ROOT));
    }

    /** Top-level tags, then their children depth-first: the order of the tag index. */
    List<Tag> depthFirst() {
        List<Tag> out = new ArrayList<>();
        tags.values().stream().filter(t -> !t.key().contains("/")).forEach(t -> addWithChildren(t, out));
        return out;
    }

    private void addWithChildren(Tag tag, List<Tag> out) {
        out.add(tag);
        tag.children().forEach(child -> addWithChildren(tags.get(child), out));
    }
}
