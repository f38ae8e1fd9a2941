package io.studysite.parse;

import com.vladsch.flexmark.util.ast.Node;
import io.studysite.diag.Diagnostics;
import io.studysite.markdown.FrontMatterFence;
import io.studysite.vault.NoteSource;
import io.studysite.vault.VaultPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Each note is parsed and rendered in isolation: a note too deep or too large for the parser or the renderer
 * becomes a page with a visible notice and one {@code note-too-complex} warning, and every other note is published.
 * Per-note work runs on threads with a large stack, so deep but real notes (a 500-level list, hundreds of nested
 * callouts) simply work; a tree deeper than {@link #MAX_DEPTH} is refused before any later stage walks it.
 */
public final class NoteGuard {
    /** Nesting levels of a note's syntax tree; real notes stay far below, hostile ones go far above. */
    public static final int MAX_DEPTH = 1_500;
    /** Stack of each thread that parses, cuts or renders notes: flexmark and the stages after it recurse per level. */
    public static final long STACK_BYTES = 256L << 20;
    /** The raw text of a note that cannot be shown is quoted on its page up to this many characters. */
    static final int MAX_QUOTED = 64 * 1024;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final NoteParser parser;
    private final Diagnostics diagnostics;
    private final Set<VaultPath> refused = ConcurrentHashMap.newKeySet();
    private final Map<VaultPath, NoteSource> sources = new ConcurrentHashMap<>();

    public NoteGuard(NoteParser parser, Diagnostics diagnostics) {
        this.parser = parser;
        this.diagnostics = diagnostics;
    }

    /** The note parsed, or, when it cannot be, a note with the same path and front matter that shows a notice. */
    public ParsedNote parse(NoteSource source) {
        sources.put(source.path(), source);
        var overLimit = NoteLimits.exceeded(source.text());
        if (overLimit.isPresent()) {
            return refuse(source, overLimit.get());
        }
        ParsedNote parsed;
        try {
            parsed = parser.parse(source);
        } catch (StackOverflowError | RuntimeException e) {
            return refuse(source, "it nests too deep for the Markdown parser");
        } catch (OutOfMemoryError e) {
            return refuse(source, "it is too large to parse in the memory available");
        }
        int depth = depth(parsed.document());
        if (depth > MAX_DEPTH) {
            return refuse(source, String.format("it nests %,d levels deep; studysite shows notes up to %,d levels", depth, MAX_DEPTH));
        }
        return parsed;
    }

    /**
     * {@code work} on the note, or, when it runs out of stack or memory, on the notice that replaces it. Exceptions
     * pass: a theme's template errors are the build's, not the note's.
     */
    public <T> T render(ParsedNote note, Function<ParsedNote, T> work) {
        try {
            return work.apply(note);
        } catch (StackOverflowError e) {
            return work.apply(notice(note, "it nests too deep to render"));
        } catch (OutOfMemoryError e) {
            return work.apply(notice(note, "it is too large to render in the memory available"));
        }
    }

    private ParsedNote notice(ParsedNote note, String why) {
        NoteSource source = sources.get(note.note().path());
        if (source == null) {
            source = new NoteSource(note.note().path(), note.note().file(), "", note.note().dialect());
        }
        return parser.parse(substitute(source, why));
    }

    private ParsedNote refuse(NoteSource source, String why) {
        return parser.parse(substitute(source, why));
    }

    /** The same front matter (so publish: false still holds), then the notice, then the text as plain code if small. */
    private NoteSource substitute(NoteSource source, String why) {
        if (refused.add(source.path())) {
            diagnostics.warn(source.file(), 1, 1, "note-too-complex",
                    "this note could not be shown: " + why + "; its page shows a notice instead");
        }
        String text = source.text();
        int closing = FrontMatterFence.closingLine(text);
        int bodyStart = closing < 0 ? 0 : Math.max(text.indexOf('\n', closing) + 1, closing);
        if (closing >= 0 && bodyStart == closing) {
            bodyStart = text.length();
        }
        String body = text.substring(bodyStart);
        StringBuilder out = new StringBuilder(text.substring(0, bodyStart));
        out.append("> [!failure] This note could not be shown\n> Because ").append(why).append(".\n\n");
        if (body.length() <= MAX_QUOTED) {
            String fence = "`".repeat(Math.max(3, longestRun(body, '`') + 1));
            out.append(fence).append("text\n").append(body).append(body.endsWith("\n") ? "" : "\n").append(fence).append('\n');
        }
        return new NoteSource(source.path(), source.file(), out.toString(), source.dialect());
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Depth of the tree, walked without recursion: this is the check that keeps the recursive walkers safe. */
    static int depth(Node root) {
        int deepest = 0;
        int depth = 0;
        Node node = root;
        while (node != null) {
            deepest = Math.max(deepest, depth);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == root ? null : node.getNext();
        }
        return deepest;
    }

    /** {@code work} on a thread with a large stack: the stages after parsing walk each note's tree recursively. */
    public static <T> T onLargeStack(java.util.function.Supplier<T> work) {
        return eachNote(List.of(work), java.util.function.Supplier::get).get(0);
    }

    /** {@code work} applied to each item in order, in parallel on large-stack threads. */
    public static <A, B> List<B> eachNote(List<A> items, Function<A, B> work) {
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(null, runnable, "studysite-note-" + THREADS.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<B>> futures = new ArrayList<>(items.size());
            for (A item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<B> out = new ArrayList<>(items.size());
            for (Future<B> future : futures) {
                out.add(future.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while working on notes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
