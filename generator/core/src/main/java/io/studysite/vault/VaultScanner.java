package io.studysite.vault;

import io.studysite.config.ConfigLoader;
import io.studysite.config.Dialect;
import io.studysite.config.SiteConfig;
import io.studysite.config.VaultFolder;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.Diagnostics;
import io.studysite.diag.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The load stage. Walks the vault without following symbolic links, skipping hidden files and
 * folders ({@code .obsidian/}, {@code .trash/}, {@code .git/}); every other non-note file is a
 * candidate attachment. Links inside the vault stay unfollowed: one can lead out of the vault and publish
 * files never meant for the site, or into a loop, or give a note a second address. Only the content folder
 * itself may be a link.
 */
public final class VaultScanner {
    private static final String JEKYLL_CONFIG = "_config.yml";
    private final Diagnostics diagnostics;

    public VaultScanner(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Vault scan(Path root, ConfigLoader.Loaded config) {
        Path vaultRoot = root.toAbsolutePath().normalize();
        warnIfFileNamesCannotBeRead(System.getProperty("sun.jnu.encoding", "UTF-8"));
        List<Path> noteFiles = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();
        try {
            // The content folder itself may be a symbolic link (--content link): walk the folder it names, and
            // give each file its path under the link, as the user named it.
            Path walked = Files.isSymbolicLink(vaultRoot) ? vaultRoot.toRealPath() : vaultRoot;
            Files.walkFileTree(walked, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(walked) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path found, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile() || isHidden(found)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path file = vaultRoot.resolve(walked.relativize(found));
                    VaultPath path = vaultPath(vaultRoot, file);
                    if (path.isNote()) {
                        noteFiles.add(file);
                    } else if (!path.value().equals(SiteConfig.FILE_NAME)) {
                        attachments.add(new Attachment(path, file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vault " + vaultRoot, e);
        }
        List<NoteSource> notes = noteFiles.parallelStream()
                .map(file -> read(vaultRoot, file, config.site()))
                .sorted(Comparator.comparing(NoteSource::path))
                .toList();
        attachments.sort(Comparator.comparing(Attachment::path));
        return new Vault(vaultRoot, config.site(), config.obsidian(), notes, attachments);
    }

    /**
     * Java reads file names in the locale's charset; under the C/POSIX locale of many containers
     * that is ASCII, and names with accents or emoji (common in vaults) turn into '?' and stop resolving.
     */
    void warnIfFileNamesCannotBeRead(String fileNameCharset) {
        if (!fileNameCharset.replace("-", "").equalsIgnoreCase("UTF8")) {
            diagnostics.add(new Diagnostic(null, 0, 0, Severity.WARNING,
                    "file-name-encoding", "file names are read as " + fileNameCharset
                    + ", so names with accents or emoji cannot be read and links to them will not resolve",
                    "run with a UTF-8 locale, e.g. LANG=C.UTF-8"));
        }
    }

    /** Reads one note of the vault at {@code root} (absolute, normalised), reporting what decoding found. */
    public NoteSource read(Path root, Path file, SiteConfig config) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(file, 0, 0, "unreadable-file", "cannot read the note: " + e.getMessage());
            bytes = new byte[0];
        }
        String text = LineEndings.normalized(TextDecoder.decode(bytes, file, diagnostics));
        MojibakeRepair.Result repair = MojibakeRepair.repair(text);
        for (MojibakeRepair.Fix fix : repair.fixes()) {
            String what = fix.repaired().equals("\u200B")
                    ? "removed \"" + fix.original() + "\", a zero-width space"
                    : "repaired \"" + fix.original() + "\" to \"" + printable(fix.repaired()) + "\"";
            diagnostics.warn(file, fix.line(), fix.column(), "mojibake-repaired",
                    what + " (UTF-8 text that was read as Windows-1252)");
        }
        VaultPath path = vaultPath(root, file);
        return new NoteSource(path, file, repair.text(), dialect(root, path, file, repair.text(), config));
    }

    /**
     * Obsidian unless something that cannot be an Obsidian property says Jekyll: a {@code dialects:} rule, a Jekyll
     * site's {@code _config.yml} around the note, or Jekyll syntax in its text. Jekyll notes say why, once.
     */
    private Dialect dialect(Path root, VaultPath path, Path file, String text, SiteConfig config) {
        Optional<String> rule = config.dialectRuleFor(path.folder());
        Optional<String> evidence;
        if (rule.isPresent()) {
            if (config.dialectFor(path.folder()).orElseThrow() == Dialect.OBSIDIAN) {
                return Dialect.OBSIDIAN;
            }
            evidence = Optional.of(SiteConfig.FILE_NAME + " dialects: \"" + VaultFolder.display(rule.get()) + "\"");
        } else {
            evidence = jekyllSiteAround(root, path.folder()).or(() -> DialectDetector.jekyllEvidence(text));
        }
        evidence.ifPresent(why -> diagnostics.info(file, 0, 0, "jekyll-dialect", "treated as Jekyll: " + why));
        return evidence.isPresent() ? Dialect.JEKYLL : Dialect.OBSIDIAN;
    }

    /** A Jekyll site's {@code _config.yml} in the folder or one above it, up to the vault's root. */
    private static Optional<String> jekyllSiteAround(Path root, String folder) {
        for (String f = folder; ; f = f.contains("/") ? f.substring(0, f.lastIndexOf('/')) : "") {
            if (Files.isRegularFile(root.resolve(f).resolve(JEKYLL_CONFIG))) {
                return Optional.of(JEKYLL_CONFIG + (f.isEmpty() ? " at the vault's root" : " in " + f + "/"));
            }
            if (f.isEmpty()) {
                return Optional.empty();
            }
        }
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static VaultPath vaultPath(Path root, Path file) {
        return VaultPath.of(root.relativize(file).toString());
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
