package io.studysite.hostile;

import io.studysite.testing.TestVault;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.studysite.hostile.HostileCase.NOTE;
import static io.studysite.hostile.HostileCase.bytes;
import static io.studysite.hostile.HostileCase.files;
import static io.studysite.hostile.HostileCase.note;
import static io.studysite.hostile.HostileCase.utf8;

/** The cases of {@link HostileInputIT}, by family, as issue 16 lists them. */
final class HostileCases {
    /** In every file outside the vault, and in private notes: it must appear nowhere in the site. */
    static final String SECRET = "SECRET-MARKER-5d1c";
    /** What every script payload does; the browser probe turns the assignment into a flag. */
    static final String PWN = "window.__pwned=1";

    private HostileCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(nesting());
        cases.addAll(hangs());
        cases.addAll(blowUps());
        cases.addAll(scripts());
        cases.addAll(encodings());
        cases.addAll(frontMatter());
        cases.addAll(fileNames());
        cases.addAll(links());
        return cases;
    }

    static List<HostileCase> nesting() {
        String f = "nesting";
        // Those without a code are shown as they are, with nothing to report.
        return List.of(
                note(f, "20,000 nested >", ">".repeat(20_000) + " deep\n", "note-too-complex"),
                note(f, "2,000 list markers on one line", "- ".repeat(2_000) + "deep\n", "note-too-complex"),
                note(f, "20,000 nested *a _a", "*a _a ".repeat(20_000) + "x\n"),
                note(f, "20,000 nested [ ]", "[".repeat(20_000) + "x" + "]".repeat(20_000) + "\n", "note-too-complex"),
                note(f, "100,000 * in a row", "*".repeat(100_000) + "\n"),
                note(f, "100,000 _ in a row", "_".repeat(100_000) + "\n"),
                note(f, "20,000 ***a runs", "***a".repeat(20_000) + "\n"),
                note(f, "1,000 nested callouts", callouts(1_000), "note-too-complex"),
                note(f, "20,000 nested ^[", "^[".repeat(20_000) + "x" + "]".repeat(20_000) + "\n", "note-too-complex"),
                note(f, "a 500-level list", indentedList(500)));
    }

    static List<HostileCase> hangs() {
        String f = "hangs";
        StringBuilder backticks = new StringBuilder();
        for (int run = 1; run <= 1_500; run++) {
            backticks.append("`".repeat(run)).append(' ');
        }
        StringBuilder headings = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            headings.append("# Heading ").append(i).append('\n');
        }
        return List.of(
                note(f, "20,000 list markers on one line", "- ".repeat(20_000) + "deep\n", "note-too-complex"),
                note(f, "a 4,000-deep indented list", indentedList(4_000), "note-too-complex"),
                note(f, "backtick runs of length 1 to 1,500 on one line", backticks + "\n"),
                note(f, "a line of 100,000 #tags", "#t ".repeat(100_000) + "\n"),
                note(f, "a 10 MB note of ordinary text", ordinaryText(10_000_000)),
                note(f, "50,000 headings", headings.toString()));
    }

    static List<HostileCase> blowUps() {
        String f = "blow-ups";
        return List.of(
                files(f, "an embed fan-out of 40 over 4 levels", (vault, outside) -> {
                    for (int level = 0; level < 5; level++) {
                        String next = "Level" + (level + 1);
                        Files.writeString(vault.resolve("Level" + level + ".md"),
                                level == 4 ? "leaf text\n" : ("![[" + next + "]]\n").repeat(40));
                    }
                    Files.writeString(vault.resolve(NOTE), "![[Level0]]\n");
                }, "embeds-too-large"),
                files(f, "an embed cycle", (vault, outside) -> {
                    Files.writeString(vault.resolve(NOTE), "![[Other]]\n");
                    Files.writeString(vault.resolve("Other.md"), "![[Hostile]]\n");
                }, "embed-cycle"),
                note(f, "a note that embeds itself", "text ![[Hostile]]\n", "embed-cycle"),
                note(f, "a YAML alias bomb", "---\n" + aliasBomb() + "---\nbody\n", "invalid-front-matter"),
                note(f, "YAML anchors 10,000 deep", "---\na: &x " + "[".repeat(10_000) + "]".repeat(10_000)
                        + "\nb: *x\n---\nbody\n"));
    }

    static List<HostileCase> scripts() {
        String f = "scripts";
        return List.of(
                note(f, "<script>", "<script>" + PWN + "</script>\n\ntext <script>" + PWN + "</script>\n", "unsafe-html").hoveredAndClicked(),
                note(f, "<img onerror>", "<img src=x onerror=\"" + PWN + "\">\n", "unsafe-html").hoveredAndClicked(),
                note(f, "<svg onload>", "<svg onload=\"" + PWN + "\"></svg>\n", "unsafe-html").hoveredAndClicked(),
                note(f, "<details ontoggle>", "<details ontoggle=\"" + PWN + "\" open><summary>s</summary>x</details>\n",
                        "unsafe-html").hoveredAndClicked(),
                note(f, "<input onfocus autofocus>", "<input autofocus onfocus=\"" + PWN + "\">\n", "unsafe-html").hoveredAndClicked(),
                note(f, "<iframe srcdoc> and javascript: src", "<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>\n\n"
                        + "<iframe src=\"javascript:parent.__pwned=1\"></iframe>\n", "unsafe-html").hoveredAndClicked(),
                note(f, "javascript: Markdown link", "[click](javascript:" + PWN + ")\n", "unsafe-html").hoveredAndClicked(),
                note(f, "JaVaScRiPt: Markdown link", "[click](JaVaScRiPt:" + PWN + ")\n", "unsafe-html").hoveredAndClicked(),
                note(f, "javascript&#58; link", "[click](javascript&#58;" + PWN + ")\n\n<a href=\"javascript&#58;" + PWN
                        + "\">html</a>\n", "unsafe-html").hoveredAndClicked(),
                note(f, "kramdown {: onfocus=…}", "A paragraph.\n{: tabindex=\"0\" onfocus=\"" + PWN + "\" onclick=\"" + PWN + "\"}\n",
                        "unsafe-html").hoveredAndClicked(),
                files(f, "a script in an embedded note", (vault, outside) -> {
                    Files.writeString(vault.resolve(NOTE), "![[Payload]]\n");
                    Files.writeString(vault.resolve("Payload.md"), "<img src=x onerror=\"" + PWN + "\">\n");
                }, "unsafe-html").hoveredAndClicked(),
                note(f, "markup in the title, tags and properties (pages, previews, graph, listings)",
                        "---\ntitle: \"<img src=x onerror=" + PWN + ">\"\ntags: [\"<svg onload=" + PWN + ">\"]\n"
                                + "aliases: [\"<script>" + PWN + "</script>\"]\nsummary: \"<img src=y onerror=" + PWN + ">\"\n---\n"
                                + "# <img src=z onerror=\"" + PWN + "\">\ntext\n").hoveredAndClicked(),
                note(f, "KaTeX \\href{javascript:…}", "$\\href{javascript:" + PWN + "}{click}$\n\n$$\\url{javascript:" + PWN + "}$$\n")
                        .hoveredAndClicked(),
                note(f, "Mermaid labels and click handlers", "```mermaid\ngraph TD\nA[\"<img src=x onerror=" + PWN + ">\"] --> B\n"
                        + "click B href \"javascript:" + PWN + "\"\n```\n").hoveredAndClicked(),
                files(f, "markup in a service name of the vault's catalog", (vault, outside) -> {
                    Files.writeString(vault.resolve("studysite.yml"), "services:\n  catalog: catalog.yml\n");
                    Files.writeString(vault.resolve("catalog.yml"), "categories: [Storage]\nservices:\n"
                            + "  - {id: evil, name: \"<img src=x onerror=" + PWN + ">\", short: Evilsvc, category: Storage}\n");
                    Files.writeString(vault.resolve(NOTE), "# Evilsvc\nEvilsvc stores things.\n");
                }).hoveredAndClicked(),
                files(f, "an .html attachment", (vault, outside) -> {
                    Files.writeString(vault.resolve("report.html"), "<script>" + PWN + "</script>\n");
                    Files.writeString(vault.resolve(NOTE), "[the report](report.html)\n");
                }, "unsafe-html"),
                files(f, "an .svg attachment", (vault, outside) -> {
                    Files.writeString(vault.resolve("drawing.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\""
                            + PWN + "\"><script>" + PWN + "</script></svg>\n");
                    Files.writeString(vault.resolve(NOTE), "![[drawing.svg]] [open](drawing.svg)\n");
                }, "unsafe-html"));
    }

    static List<HostileCase> encodings() {
        String f = "encodings";
        byte[] binary = new byte[4096];
        new Random(16).nextBytes(binary);
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}, binary);
        return List.of(
                bytes(f, "malformed UTF-8", concat(utf8("# Broken\nbad "), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, ' '},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8(" bytes\n")), "invalid-utf8"),
                bytes(f, "UTF-16 LE with a BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "# UTF-16\ntext\n".getBytes(StandardCharsets.UTF_16LE)), "invalid-utf8"),
                bytes(f, "UTF-16 BE with a BOM", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                        "# UTF-16\ntext\n".getBytes(StandardCharsets.UTF_16BE)), "invalid-utf8"),
                bytes(f, "a UTF-8 BOM before private front matter", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        utf8("---\npublish: false\n---\n" + SECRET + "\n"))),
                bytes(f, "a binary file named .md", png, "invalid-utf8"),
                bytes(f, "NUL and control bytes in text", utf8("# Nul\na\u0000b\u0007c\u001b[31md\u0008\n")));
    }

    static List<HostileCase> frontMatter() {
        String f = "front matter";
        return List.of(
                note(f, "a !!javax.script.ScriptEngineManager tag", "---\nx: !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]\n---\nbody\n", "invalid-front-matter"),
                note(f, "unclosed front matter", "---\ntitle: never closed\npublish: true\n\nbody\n", "invalid-front-matter"),
                note(f, "front matter that is a list", "---\n- a\n- b\n---\nbody\n", "invalid-front-matter"),
                note(f, "CRLF front matter of a private note", "---\r\npublish: false\r\n---\r\n" + SECRET + "\r\n"),
                note(f, "lone-CR front matter of a private note", "---\rpublish: false\r---\r" + SECRET + "\r"),
                note(f, "a permalink with ..", "---\npermalink: ../../../escaped/\n---\nbody\n"),
                note(f, "a permalink to an absolute path", "---\npermalink: /../../../../tmp/escaped.html\n---\nbody\n"));
    }

    static List<HostileCase> fileNames() {
        String f = "file names";
        return List.of(
                files(f, "markup in a file name", (vault, outside) -> Files.writeString(
                        vault.resolve("<img src=x onerror=" + PWN + ">.md"), "text\n")).hoveredAndClicked(),
                files(f, "quotes and an ampersand in a file name", (vault, outside) -> Files.writeString(
                        vault.resolve("Say \"hi\" & 'bye' \"><svg onload=" + PWN + ">.md"), "text\n")).hoveredAndClicked(),
                files(f, "a newline in a file name", (vault, outside) -> Files.writeString(
                        vault.resolve("two\nlines.md"), "text [[nowhere\u0007]]\n"), "unresolved-link"),
                files(f, "terminal escapes in a file name and a link", (vault, outside) -> Files.writeString(
                        vault.resolve("esc\u001bc.md"), "![[img\u001bc.png]] [[red\u001b[31m]]\n"), "missing-attachment"),
                files(f, "a 255-byte file name", (vault, outside) -> Files.writeString(
                        vault.resolve("n".repeat(252) + ".md"), "text\n"), "name-shortened"));
    }

    static List<HostileCase> links() {
        String f = "links out";
        return List.of(
                note(f, "![[../../secret.txt]]", "![[../../secret.txt]] ![[../secret.txt]]\n", "missing-attachment"),
                note(f, "[x](../../secret.md)", "[x](../../secret.md) [y](../secret.md)\n", "unresolved-link"),
                note(f, "![](../secret.png) and <img src>", "![x](../secret.png)\n\n<img src=\"../secret.txt\">\n", "missing-attachment"),
                note(f, "[[../secret]] and ![[../secret.md]]", "[[../secret]] ![[../secret.md]]\n", "unresolved-link"),
                files(f, "a note that is a symbolic link out of the vault", (vault, outside) ->
                        TestVault.symlink(vault.resolve("Leak.md"), outside.resolve("secret.md")), "symbolic-link"),
                files(f, "a folder that is a symbolic link out of the vault", (vault, outside) -> {
                    Files.createDirectories(outside.resolve("elsewhere"));
                    Files.writeString(outside.resolve("elsewhere/Leaked.md"), SECRET + "\n");
                    TestVault.symlink(vault.resolve("shared"), outside.resolve("elsewhere"));
                    Files.writeString(vault.resolve(NOTE), "[[Leaked]]\n");
                }, "symbolic-link", "unresolved-link"),
                files(f, "an attachment that is a symbolic link out of the vault", (vault, outside) -> {
                    TestVault.symlink(vault.resolve("pic.png"), outside.resolve("secret.txt"));
                    Files.writeString(vault.resolve(NOTE), "![[pic.png]]\n");
                }, "symbolic-link", "missing-attachment"),
                files(f, "a symbolic link loop", (vault, outside) -> {
                    Files.createDirectories(vault.resolve("a"));
                    TestVault.symlink(vault.resolve("a/loop"), vault);
                    TestVault.symlink(vault.resolve("self.md"), vault.resolve("self.md"));
                }, "symbolic-link"),
                files(f, "studysite.yml as a symbolic link out of the vault", (vault, outside) -> {
                    Files.writeString(outside.resolve("outside.yml"), "title: " + SECRET + "\n");
                    TestVault.symlink(vault.resolve("studysite.yml"), outside.resolve("outside.yml"));
                }, "symbolic-link"),
                files(f, "a service catalog as a symbolic link out of the vault", (vault, outside) -> {
                    Files.writeString(outside.resolve("catalog.yml"), "categories: [Storage]\nservices:\n"
                            + "  - {id: leak, name: " + SECRET + ", short: Leaksvc, category: Storage}\n");
                    Files.writeString(vault.resolve("studysite.yml"), "services:\n  catalog: catalog.yml\n");
                    TestVault.symlink(vault.resolve("catalog.yml"), outside.resolve("catalog.yml"));
                    Files.writeString(vault.resolve(NOTE), "Leaksvc\n");
                }, "symbolic-link"),
                files(f, "an unreadable note", (vault, outside) -> {
                    Files.writeString(vault.resolve(NOTE), SECRET + "\n");
                    HostileInputIT.unreadable(vault.resolve(NOTE));
                }, "unreadable-file"),
                files(f, "an unreadable folder", (vault, outside) -> {
                    Files.createDirectories(vault.resolve("locked"));
                    Files.writeString(vault.resolve("locked/Inside.md"), SECRET + "\n");
                    HostileInputIT.unreadable(vault.resolve("locked"));
                }, "unreadable-file"));
    }

    private static String indentedList(int depth) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        return list.toString();
    }

    private static String callouts(int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            text.append("> ".repeat(i)).append("[!note]\n");
        }
        return text.toString();
    }

    private static String ordinaryText(int bytes) {
        String paragraph = "Amazon S3 stores objects in buckets; versioning keeps every version of an object. "
                + "Lifecycle rules move old versions to cheaper storage classes and expire them.\n\n";
        return paragraph.repeat(bytes / paragraph.length() + 1);
    }

    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            String previous = "*a" + (i - 1);
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        return yaml.toString();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
