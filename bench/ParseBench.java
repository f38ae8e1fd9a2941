/*
 * ParseBench: the parse stage alone, on one thread, against flexmark alone on the same text.
 *
 *   java -cp generator/cli/target/studysite.jar bench/ParseBench.java VAULT [PASSES] [--digest FILE]
 *
 * Loads the vault as a build does, then parses every note PASSES times (default 5; the first passes warm
 * the JIT up) with studysite's parse stage (NoteGuard, as SiteBuilder calls it), with MarkdownEngine.parse
 * alone (the dialect's flexmark parser with studysite's extensions and pre-passes) and prints CPU milliseconds and MB/s of each pass (this
 * thread's CPU time, so other load on the machine counts little), and flexmark's CommonMark parser without
 * extensions on the raw text, the library's own pace. --digest writes what the stage found
 * per note (title, tags, aliases, headings, references, block ids, anchors, diagnostics): two versions of
 * the code parse alike when their digests are identical.
 */

import com.vladsch.flexmark.parser.Parser;
import io.studysite.config.ConfigLoader;
import io.studysite.diag.DiagnosticLedger;
import io.studysite.diag.Diagnostics;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.parse.NoteGuard;
import io.studysite.parse.NoteParser;
import io.studysite.parse.ParsedNote;
import io.studysite.vault.NoteSource;
import io.studysite.vault.Vault;
import io.studysite.vault.VaultScanner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

public class ParseBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).toAbsolutePath().normalize();
        int passes = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 5;
        Path digest = null;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--digest")) digest = Path.of(args[i + 1]);
        }
        ConfigLoader.Loaded config = new ConfigLoader().load(content);
        DiagnosticLedger ledger = DiagnosticLedger.collecting(Map.of());
        long t0 = cpu();
        Vault vault = new VaultScanner(ledger.stage(DiagnosticLedger.Stage.LOAD)).scan(content, config);
        System.out.printf("load: %,d notes in %.0f ms CPU%n", vault.notes().size(), (cpu() - t0) / 1e6);
        MarkdownEngine engine = new MarkdownEngine(vault.obsidian().strictLineBreaks(),
                vault.config().jekyllHeadingsWithoutSpace(), vault.config().trustedHtml());
        long chars = vault.notes().stream().mapToLong(n -> n.text().length()).sum();
        double mb = vault.notes().stream().mapToLong(n -> n.text().getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        System.out.printf("%.1f MB of Markdown (%,d chars)%n", mb, chars);
        // flexmark's CommonMark parser with no extension: the library's own pace on the same text.
        Parser flexmark = Parser.builder().build();
        List<ParsedNote> last = null;
        Diagnostics lastDiagnostics = null;
        for (int pass = 1; pass <= passes; pass++) {
            Diagnostics diagnostics = DiagnosticLedger.collecting(Map.of()).stage(DiagnosticLedger.Stage.LOAD);
            NoteGuard guard = new NoteGuard(new NoteParser(engine, diagnostics), diagnostics);
            long start = cpu();
            List<ParsedNote> parsed = new ArrayList<>(vault.notes().size());
            for (NoteSource note : vault.notes()) {
                parsed.add(guard.parse(note));
            }
            long stage = cpu() - start;
            start = cpu();
            for (NoteSource note : vault.notes()) {
                engine.parse(note.text(), note.dialect());
            }
            long engineOnly = cpu() - start;
            start = cpu();
            for (NoteSource note : vault.notes()) {
                flexmark.parse(note.text());
            }
            long bare = cpu() - start;
            System.out.printf("pass %d: parse stage %,6.0f ms CPU (%5.2f MB/s); MarkdownEngine.parse %,6.0f ms (%5.2f MB/s);"
                            + " flexmark without extensions %,6.0f ms (%5.2f MB/s)%n", pass, stage / 1e6, mb / (stage / 1e9),
                    engineOnly / 1e6, mb / (engineOnly / 1e9), bare / 1e6, mb / (bare / 1e9));
            last = parsed;
            lastDiagnostics = diagnostics;
        }
        if (digest != null) {
            StringBuilder out = new StringBuilder();
            for (ParsedNote p : last) {
                // Every field the later stages read, sets sorted (Set.copyOf has no order).
                var n = p.note();
                out.append(n.path()).append(' ').append(n.file()).append(' ').append(n.dialect())
                        .append("\n  title ").append(n.title()).append("\n  tags ").append(n.tags())
                        .append("\n  aliases ").append(n.aliases()).append("\n  properties ").append(n.properties())
                        .append("\n  headings ").append(n.headings()).append("\n  references ").append(n.references())
                        .append("\n  blockIds ").append(new TreeSet<>(n.blockIds()))
                        .append("\n  htmlAnchors ").append(new TreeSet<>(n.htmlAnchors()))
                        .append("\n  published ").append(p.isPublished()).append('\n');
            }
            lastDiagnostics.sorted().forEach(d -> out.append(d).append('\n'));
            Files.writeString(digest, out);
            System.out.println("digest: " + digest);
        }
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
