package io.studysite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The browser's search data as the dev server keeps it between edits: the exported index of the last full build,
 * edited section by section. An edit indexes only the sections it changed (with Lucene, as a build does: the same
 * terms, frequencies and norms), takes the old ones' postings out, moves the later doc ids by the change in
 * count and adds the new postings and statistics, so the data is what a full build of the edited vault exports:
 * the same doc ids, terms, postings, norms and collection statistics, so the browser ranks as that build's Lucene
 * index would. Only the shard files whose data changed are packed again.
 * <p>
 * Not thread-safe: one follow-up at a time updates it.
 */
public final class IncrementalIndex {
    /** Lucene's term order (UTF-8 bytes, so code points), which the exported terms and words follow. */
    private static final Comparator<String> TERM_ORDER = IncrementalIndex::compareCodePoints;

    private List<Section> sections;
    private final List<ExportedIndex.Doc> docs;
    /** Every term of every field, behind the field's mark. */
    private final TreeMap<String, ExportedIndex.Postings> terms = new TreeMap<>(TERM_ORDER);
    /** Every written word, and in how many sections it is written. */
    private final TreeMap<String, Integer> written = new TreeMap<>(TERM_ORDER);
    /** Per field (in {@link SearchField} order): sections with a term of it, and its terms' frequencies summed. */
    private final long[] fieldDocs = new long[SearchField.values().length];
    private final long[] fieldTokens = new long[SearchField.values().length];
    /** A written word's stem, or "" when the analyzer makes no single term of it. */
    private final Map<String, String> stems = new HashMap<>();
    private final Analyzer analyzer = SearchIndex.analyzer();
    /** What the shard files as written were made of. */
    private final SearchShards.Written shards = new SearchShards.Written();

    private IncrementalIndex(List<Section> sections, Inverted built) {
        this.sections = List.copyOf(sections);
        this.docs = new ArrayList<>(built.index().docs());
        built.index().terms().forEach(p -> terms.put(p.term(), p));
        written.putAll(built.written());
        add(built.index().fields(), 1);
        SearchShards.changed(export(), shards, false);
    }

    /**
     * The index a full build wrote into {@code folder}, of {@code sections}.
     *
     * @throws IllegalStateException when the index does not hold those sections
     */
    public static IncrementalIndex open(List<Section> sections, Path folder) {
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            Inverted built = Inverted.of(reader);
            if (built.index().docs().size() != sections.size()) {
                throw new IllegalStateException("the search index at " + folder + " holds " + built.index().docs().size()
                        + " sections; the site has " + sections.size());
            }
            return new IncrementalIndex(sections, built);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index " + folder, e);
        }
    }

    /** The shard files, by name, and which of them changed. */
    public record Update(Map<String, String> changed, Set<String> files) {}

    /**
     * Takes in the sections of the edited site, every one in note order, and returns the shard files whose data
     * changed, packed. Sections the same as before (most of them) are not indexed again.
     */
    public Update update(List<Section> now) {
        int before = 0;
        while (before < sections.size() && before < now.size() && same(sections.get(before), now.get(before))) {
            before++;
        }
        int after = 0;
        while (after < sections.size() - before && after < now.size() - before
                && same(sections.get(sections.size() - 1 - after), now.get(now.size() - 1 - after))) {
            after++;
        }
        if (before + after == sections.size() && before + after == now.size()) {
            sections = List.copyOf(now);
            return new Update(Map.of(), Set.copyOf(shards.files()));
        }
        Inverted removed = Inverted.of(sections.subList(before, sections.size() - after));
        Inverted added = Inverted.of(now.subList(before, now.size() - after));
        replace(before, removed, added);
        sections = List.copyOf(now);
        Map<String, String> changed = SearchShards.changed(export(), shards, true);
        return new Update(changed, Set.copyOf(shards.files()));
    }

    /** Replaces the sections {@code removed} held from doc id {@code from} on by those {@code added} holds. */
    private void replace(int from, Inverted removed, Inverted added) {
        int gone = removed.index().docs().size();
        int shift = added.index().docs().size() - gone;
        for (ExportedIndex.Postings old : removed.index().terms()) {
            ExportedIndex.Postings p = terms.get(old.term());
            int start = firstAtLeast(p.docs(), from);
            int end = firstAtLeast(p.docs(), from + gone);
            int[] ids = splice(p.docs(), start, end, new int[0]);
            if (ids.length == 0) {
                terms.remove(old.term());
            } else {
                terms.put(old.term(), new ExportedIndex.Postings(old.term(), ids.length, ids, splice(p.freqs(), start, end, new int[0]),
                        splice(p.norms(), start, end, new byte[0])));
            }
        }
        if (shift != 0) {
            // The later sections move: their postings are shifted in place (the arrays are this index's own),
            // so the term chunks are cut again from them.
            shards.forgetTerms();
            for (ExportedIndex.Postings p : terms.values()) {
                int[] ids = p.docs();
                for (int i = firstAtLeast(ids, from + gone); i < ids.length; i++) {
                    ids[i] += shift;
                }
            }
        }
        for (ExportedIndex.Postings add : added.index().terms()) {
            int[] ids = add.docs().clone();
            for (int i = 0; i < ids.length; i++) {
                ids[i] += from;
            }
            ExportedIndex.Postings p = terms.get(add.term());
            if (p == null) {
                terms.put(add.term(), new ExportedIndex.Postings(add.term(), ids.length, ids, add.freqs().clone(), add.norms().clone()));
            } else {
                int at = firstAtLeast(p.docs(), from);
                int[] merged = splice(p.docs(), at, at, ids);
                terms.put(add.term(), new ExportedIndex.Postings(add.term(), merged.length, merged, splice(p.freqs(), at, at, add.freqs()),
                        splice(p.norms(), at, at, add.norms())));
            }
        }
        docs.subList(from, from + gone).clear();
        docs.addAll(from, added.index().docs());
        removed.written().forEach((word, count) -> written.merge(word, -count, (a, b) -> a + b == 0 ? null : a + b));
        added.written().forEach((word, count) -> written.merge(word, count, Integer::sum));
        add(removed.index().fields(), -1);
        add(added.index().fields(), 1);
    }

    private void add(List<ExportedIndex.FieldStats> fields, int sign) {
        for (ExportedIndex.FieldStats f : fields) {
            fieldDocs[f.field().ordinal()] += sign * (long) f.docCount();
            fieldTokens[f.field().ordinal()] += sign * f.sumTotalTermFreq();
        }
    }

    /** The index as a full build of the same sections exports it. */
    ExportedIndex export() {
        if (docs.isEmpty()) {
            return new ExportedIndex(0, 0, List.of(), List.of(), List.of(), List.of());
        }
        List<ExportedIndex.FieldStats> fields = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            fields.add(new ExportedIndex.FieldStats(field, (int) fieldDocs[field.ordinal()], fieldTokens[field.ordinal()]));
        }
        List<ExportedIndex.Word> words = new ArrayList<>();
        for (String word : written.keySet()) {
            String stem = stems.computeIfAbsent(word, w -> {
                List<String> analysed = SearchQuery.analyse(analyzer, w);
                return analysed.size() == 1 ? analysed.get(0) : "";
            });
            ExportedIndex.Postings content = stem.isEmpty() ? null : terms.get(SearchField.CONTENT.mark() + stem);
            if (content != null) {
                words.add(new ExportedIndex.Word(word, content.docFreq()));
            }
        }
        ExportedIndex.FieldStats content = fields.get(SearchField.CONTENT.ordinal());
        return new ExportedIndex(content.docCount(), content.sumTotalTermFreq(), List.copyOf(terms.values()), List.copyOf(docs),
                words, fields);
    }

    /** A section's index data, read from a Lucene index of it: its postings, stored text and written words. */
    private record Inverted(ExportedIndex index, Map<String, Integer> written) {
        static Inverted of(List<Section> sections) {
            try (Directory memory = new ByteBuffersDirectory()) {
                SearchIndex.index(sections, memory);
                try (DirectoryReader reader = DirectoryReader.open(memory)) {
                    return of(reader);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index the edited sections", e);
            }
        }

        static Inverted of(DirectoryReader reader) throws IOException {
            ExportedIndex index = ExportedIndex.read(reader);
            Map<String, Integer> written = new HashMap<>();
            Terms words = MultiTerms.getTerms(reader, SearchIndex.WORD);
            if (words != null) {
                TermsEnum walk = words.iterator();
                while (walk.next() != null) {
                    written.put(walk.term().utf8ToString(), walk.docFreq());
                }
            }
            return new Inverted(index, written);
        }
    }

    private static boolean same(Section a, Section b) {
        return a == b || a.equals(b);
    }

    /** The index of the first of the ascending {@code ids} at least {@code id}. */
    private static int firstAtLeast(int[] ids, int id) {
        int at = Arrays.binarySearch(ids, id);
        return at >= 0 ? at : -at - 1;
    }

    /** {@code values} with {@code [start, end)} replaced by {@code more}. */
    private static int[] splice(int[] values, int start, int end, int[] more) {
        int[] out = new int[values.length - (end - start) + more.length];
        System.arraycopy(values, 0, out, 0, start);
        System.arraycopy(more, 0, out, start, more.length);
        System.arraycopy(values, end, out, start + more.length, values.length - end);
        return out;
    }

    /** {@code values} with {@code [start, end)} replaced by {@code more}. */
    private static byte[] splice(byte[] values, int start, int end, byte[] more) {
        byte[] out = new byte[values.length - (end - start) + more.length];
        System.arraycopy(values, 0, out, 0, start);
        System.arraycopy(more, 0, out, start, more.length);
        System.arraycopy(values, end, out, start + more.length, values.length - end);
        return out;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
