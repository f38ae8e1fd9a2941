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
 * files never meant for the site, or into a loop, or give a note a second address; each one found gets a
 * {@code symbolic-link} warning saying where it leads. Only the content folder itself may be a link. A file or
 * folder that cannot be read is left out with an {@code unreadable-file} warning: it never ends the build.
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
                    if (isHidden(found)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path file = vaultRoot.resolve(walked.relativize(found));
                    if (attrs.isSymbolicLink() && !vaultPath(vaultRoot, file).value().equals(SiteConfig.FILE_NAME)) {
                        diagnostics.warn(file, 0, 0, "symbolic-link", "a symbolic link " + leadsTo(walked, found)
                                + "; links inside the vault are not followed, so it is not published");
                        return FileVisitResult.CONTINUE;
                    }
                    if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!Files.isReadable(found)) {
                        diagnostics.warn(file, 0, 0, "unreadable-file", "cannot read the file (permissions); it is left out");
                        return FileVisitResult.CONTINUE;
                    }
                    VaultPath path = vaultPath(vaultRoot, file);
                    if (path.isNote()) {
                        noteFiles.add(file);
                    } else if (!path.value().equals(SiteConfig.FILE_NAME)) {
                        attachments.add(new Attachment(path, file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path found, IOException e) {
                    if (!isHidden(found)) {
                        diagnostics.warn(vaultRoot.resolve(walked.relativize(found)), 0, 0, "unreadable-file",
                                "cannot read " + (Files.isDirectory(found) ? "the folder" : "the file") + " ("
                                        + reason(e) + "); it is left out");
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
            diagnostics.warn(file, 0, 0, "unreadable-file", "cannot read the note (" + reason(e) + "); it shows as empty");
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

    /** Where a link found in the walk leads, in words: out of the vault, back into it, or nowhere. */
    private static String leadsTo(Path walked, Path link) {
        try {
            Path real = link.toRealPath();
            Path root = walked.toRealPath();
            return real.startsWith(root) ? "to " + (real.equals(root) ? "the vault itself" : root.relativize(real) + ", within the vault")
                    : "out of the vault, to " + real;
        } catch (IOException e) {
            return "that leads nowhere or loops";
        }
    }

    /** An I/O failure as a reader would say it: "permission denied", not the exception's class and path. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int colon = message.lastIndexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    private static VaultPath vaultPath(Path root, Path file) {
        return VaultPath.of(root.relativize(file).toString());
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
