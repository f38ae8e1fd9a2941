package io.studysite.link;

import io.studysite.config.ConfigLoader;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.Diagnostics;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.note.Note;
import io.studysite.parse.NoteParser;
import io.studysite.testing.TestVault;
import io.studysite.vault.Vault;
import io.studysite.vault.VaultPath;
import io.studysite.vault.VaultScanner;
import java.nio.file.Path;
import java.util.List;

/**
 * Small vaults for link tests: files written from path/text pairs, then loaded and parsed by the
 * real load and parse stages, so paths, names and references are exactly what a build sees.
 */
final class Vaults {
    private Vaults() {}

    /** A loaded and parsed vault, with the diagnostics of loading and parsing it. */
    record Built(Path root, Vault vault, List<Note> notes, Diagnostics diagnostics) {
        LinkIndex index() {
            return new LinkIndex(notes, vault.attachments());
        }

        LinkResolver resolver() {
            return new LinkResolver(index(), vault.obsidian());
        }

        SitePlan plan() {
            return SitePlan.of(notes, vault.attachments(), diagnostics);
        }

        /** Runs the resolve stage; its diagnostics join {@link #diagnostics()}. */
        LinkGraph check() {
            return new ReferenceCheck(resolver(), diagnostics).run(notes, plan());
        }

        Note note(String path) {
            VaultPath p = VaultPath.of(path);
            return notes.stream().filter(n -> n.path().equals(p)).findFirst()
                    .orElseThrow(() -> new AssertionError("no note " + path + " in " + notes));
        }

        Path file(String path) {
            return root.resolve(path);
        }

        List<Diagnostic> diagnostics(String code) {
            return diagnostics.sorted().stream().filter(d -> d.code().equals(code)).toList();
        }
    }

    /** Writes {@code path, text, path, text, …} under {@code root} and loads the vault. */
    static Built build(Path root, String... pathsAndTexts) {
        if (pathsAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("paths and texts come in pairs");
        }
        return load(TestVault.write(root, pathsAndTexts));
    }

    static Built load(Path root) {
        Diagnostics diagnostics = new Diagnostics();
        ConfigLoader.Loaded config = new ConfigLoader().load(root);
        diagnostics.addAll(config.problems());
        Vault vault = new VaultScanner(diagnostics).scan(root, config);
        NoteParser parser = new NoteParser(new MarkdownEngine(vault.obsidian().strictLineBreaks(), true), diagnostics);
        List<Note> notes = vault.notes().stream().map(parser::parse).map(p -> p.note()).toList();
        return new Built(vault.root(), vault, notes, diagnostics);
    }
}
