package io.studysite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.studysite.diag.Diagnostic;
import io.studysite.diag.Severity;
import io.studysite.testing.VaultFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path temp;

    private Path vault(String spec) {
        return VaultFiles.write(temp.resolve("My Notes"), spec);
    }

    private ConfigLoader.Loaded load(Path root) {
        return new ConfigLoader().load(root);
    }

    @Test
    void withoutConfigurationEverythingIsDefaultAndTheTitleIsTheFolderName() {
        Path root = vault("""
                === Note.md
                # Note
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.site()).isEqualTo(SiteConfig.defaults("My Notes"));
        assertThat(loaded.site().title()).isEqualTo("My Notes");
        assertThat(loaded.site().description()).isEmpty();
        assertThat(loaded.site().baseUrl()).isEmpty();
        assertThat(loaded.site().dialectByFolder()).isEmpty();
        assertThat(loaded.site().severityByCode()).isEmpty();
        assertThat(loaded.site().jekyllHeadingsWithoutSpace()).isTrue();
        assertThat(loaded.obsidian()).isEqualTo(ObsidianSettings.DEFAULTS);
        assertThat(loaded.obsidian().strictLineBreaks()).isFalse();
        assertThat(loaded.obsidian().attachmentFolderPath()).isEqualTo("/");
    }

    @Test
    void relativeRootWithDotStillNamesTheFolder() {
        Path root = vault("""
                === Note.md
                x
                """);

        assertThat(load(root.resolve("sub/..").resolve(".")).site().title()).isEqualTo("My Notes");
    }

    @Test
    void readsTitleDescriptionAndBaseUrl() {
        Path root = vault("""
                === studysite.yml
                title: AWS study notes
                description: "Notes for the Developer Associate exam"
                baseUrl: https://example.com/notes/
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.site().title()).isEqualTo("AWS study notes");
        assertThat(loaded.site().description()).isEqualTo("Notes for the Developer Associate exam");
        assertThat(loaded.site().baseUrl()).contains("https://example.com/notes/");
    }

    @Test
    void emptyConfigurationFileGivesDefaults() {
        Path root = vault("""
                === studysite.yml
                # nothing configured yet
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.site()).isEqualTo(SiteConfig.defaults("My Notes"));
    }

    @Test
    void blankBaseUrlIsNoBaseUrl() {
        Path root = vault("""
                === studysite.yml
                baseUrl: "  "
                """);

        assertThat(load(root).site().baseUrl()).isEmpty();
    }

    @Test
    void baseUrlGetsATrailingSlashALowerCaseSchemeAndItsNonAsciiEncoded() {
        assertThat(baseUrlOf("https://user.github.io/notes")).contains("https://user.github.io/notes/");
        assertThat(baseUrlOf("HTTPS://example.com")).contains("https://example.com/");
        assertThat(baseUrlOf("http://localhost:8080/my%20notes/")).contains("http://localhost:8080/my%20notes/");
        assertThat(baseUrlOf("https://example.com/appunti/caffè")).contains("https://example.com/appunti/caff%C3%A8/");
        assertThat(baseUrlOf("  https://example.com/x/  ")).contains("https://example.com/x/");
    }

    @Test
    void baseUrlThatIsNotAnAbsoluteHttpUrlWithoutQueryOrFragmentIsAnError() {
        Map<String, String> reasons = Map.of(
                "ftp://example.com/notes/", "must start with https:// or http://",
                "/notes/", "must start with https:// or http://",
                "example.com/notes", "must start with https:// or http://",
                "https:///notes/", "has no host name",
                "https://example.com/notes/?lang=en", "may not have a query (?…)",
                "https://example.com/notes/#top", "may not have a fragment (#…)",
                "https://me:secret@example.com/", "may not contain a user name or password",
                "https://example.com/my notes/", "is not a valid URL: Illegal character in path at character 23 (percent-encode spaces as %20)");
        reasons.forEach((value, reason) -> {
            Path root = vault("=== studysite.yml\nbaseUrl: \"" + value + "\"\n");
            ConfigLoader.Loaded loaded = load(root);
            assertThat(loaded.site().baseUrl()).as(value).isEmpty();
            assertThat(loaded.problems()).as(value).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.ERROR);
                assertThat(d.code()).isEqualTo("invalid-config");
                assertThat(d.message()).isEqualTo("baseUrl: \"" + value + "\" " + reason);
                assertThat(d.hint()).contains("https://user.github.io/notes/");
            });
        });
    }

    private Optional<String> baseUrlOf(String value) {
        ConfigLoader.Loaded loaded = load(vault("=== studysite.yml\nbaseUrl: \"" + value + "\"\n"));
        assertThat(loaded.problems()).as(value).isEmpty();
        return loaded.site().baseUrl();
    }

    @Test
    void readsDialectOverridesAndTrimsFolderSpelling() {
        Path root = vault("""
                === studysite.yml
                dialects:
                  ./jekyll/: jekyll
                  /blog/posts/: Jekyll
                  "": obsidian
                  jekyll/obsidian-inside: OBSIDIAN
                === jekyll/obsidian-inside/Note.md
                x
                === blog/posts/Post.md
                x
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.site().dialectByFolder()).isEqualTo(Map.of(
                "jekyll", Dialect.JEKYLL,
                "blog/posts", Dialect.JEKYLL,
                "", Dialect.OBSIDIAN,
                "jekyll/obsidian-inside", Dialect.OBSIDIAN));
        SiteConfig site = loaded.site();
        assertThat(site.dialectFor("jekyll")).contains(Dialect.JEKYLL);
        assertThat(site.dialectFor("jekyll/_posts")).contains(Dialect.JEKYLL);
        assertThat(site.dialectFor("jekyll/obsidian-inside")).contains(Dialect.OBSIDIAN);
        assertThat(site.dialectFor("jekyll/obsidian-inside/deeper")).contains(Dialect.OBSIDIAN);
        assertThat(site.dialectFor("jekyllish")).contains(Dialect.OBSIDIAN);
        assertThat(site.dialectFor("")).contains(Dialect.OBSIDIAN);
        assertThat(site.dialectFor("blog/posts/2024")).contains(Dialect.JEKYLL);
        assertThat(site.dialectFor("blog")).contains(Dialect.OBSIDIAN);
    }

    @Test
    void everySpellingOfTheRootAndOfAFolderIsNormalised() {
        for (String root : new String[] {".", "./", "/", "\"\"", "\"//\""}) {
            Path vault = vault("=== studysite.yml\ndialects:\n  " + root + ": jekyll\n");
            ConfigLoader.Loaded loaded = load(vault);
            assertThat(loaded.problems()).as(root).isEmpty();
            assertThat(loaded.site().dialectByFolder()).as(root).isEqualTo(Map.of("", Dialect.JEKYLL));
            assertThat(loaded.site().dialectFor("any/folder")).as(root).contains(Dialect.JEKYLL);
        }
        for (String blog : new String[] {"blog", "blog/", "/blog/", "./blog", "./blog//", "blog\\\\"}) {
            Path vault = vault("=== studysite.yml\ndialects:\n  \"" + blog + "\": jekyll\n=== blog/Post.md\nx\n");
            ConfigLoader.Loaded loaded = load(vault);
            assertThat(loaded.problems()).as(blog).isEmpty();
            assertThat(loaded.site().dialectByFolder()).as(blog).isEqualTo(Map.of("blog", Dialect.JEKYLL));
        }
    }

    @Test
    void aFolderOutsideTheVaultOrAPatternIsAnErrorAndAMissingFolderAWarning() {
        Path root = vault("""
                === studysite.yml
                dialects:
                  ../elsewhere: jekyll
                  "blog/*": jekyll
                  blgo: jekyll
                  blog/: jekyll
                  /blog: obsidian
                === blog/Post.md
                x
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::message).containsExactly(
                tuple(Severity.ERROR, "invalid-config", "dialects: \"../elsewhere\" is not a folder inside the vault "
                        + "(write it relative to the vault, e.g. blog/posts; \".\" is the root)"),
                tuple(Severity.ERROR, "invalid-config", "dialects: \"blog/*\" is not a folder inside the vault "
                        + "(write it relative to the vault, e.g. blog/posts; \".\" is the root)"),
                tuple(Severity.WARNING, "unknown-config-key", "dialects: there is no folder \"blgo\" in the vault"),
                tuple(Severity.ERROR, "invalid-config", "dialects: the folder \"blog\" is named twice, as jekyll and obsidian"));
    }

    @Test
    void aDiagnosticsKeyThatIsNoCodeIsAnErrorWithTheClosestCode() {
        Path root = vault("""
                === studysite.yml
                diagnostics:
                  unresolved-links: error
                  colour: info
                  ambiguous-link: error
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::message, Diagnostic::hint)
                .containsExactly(
                        tuple(Severity.ERROR, "invalid-config", "diagnostics: \"unresolved-links\" is not a diagnostic code",
                                "did you mean unresolved-link?"),
                        tuple(Severity.ERROR, "invalid-config", "diagnostics: \"colour\" is not a diagnostic code",
                                "the codes are listed in README's Diagnostics table"));
        assertThat(loaded.site().severityByCode()).containsExactly(Map.entry("ambiguous-link", Severity.ERROR));
    }

    @Test
    void unknownDialectIsAnError() {
        Path root = vault("""
                === studysite.yml
                dialects:
                  notes: markdown
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("invalid-config");
            assertThat(d.file()).isEqualTo(root.resolve("studysite.yml"));
            assertThat(d.message()).contains("\"markdown\"").contains("obsidian or jekyll");
        });
        assertThat(loaded.site().dialectByFolder()).isEmpty();
    }

    @Test
    void readsDiagnosticSeverities() {
        Path root = vault("""
                === studysite.yml
                diagnostics:
                  unresolved-link: error
                  mojibake-repaired: Info
                  ambiguous-link: WARNING
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.site().severityByCode()).isEqualTo(Map.of(
                "unresolved-link", Severity.ERROR,
                "mojibake-repaired", Severity.INFO,
                "ambiguous-link", Severity.WARNING));
    }

    @Test
    void flowStyleDiagnosticsMap() {
        Path root = vault("""
                === studysite.yml
                diagnostics: {unresolved-link: error}
                """);

        assertThat(load(root).site().severityByCode()).containsExactly(Map.entry("unresolved-link", Severity.ERROR));
    }

    @Test
    void unknownSeverityIsAnErrorAndTheOthersStillApply() {
        Path root = vault("""
                === studysite.yml
                diagnostics:
                  unresolved-link: fatal
                  ambiguous-link: error
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("invalid-config");
            assertThat(d.message()).contains("\"fatal\"").contains("error, warning or info");
        });
        assertThat(loaded.site().severityByCode()).containsExactly(Map.entry("ambiguous-link", Severity.ERROR));
    }

    @Test
    void servicesNameACatalogAnExtensionAndAnExam() {
        Path root = vault("""
                === studysite.yml
                services:
                  catalog: azure.yml
                  extend: extra.yml
                  exam: AZ-204
                  colour: blue
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.site().services()).isEqualTo(new SiteConfig.ServiceSettings(
                Optional.of("azure.yml"), Optional.of("extra.yml"), Optional.of("AZ-204"), SiteConfig.Shown.AUTO));
        assertThat(loaded.problems()).singleElement().satisfies(d ->
                assertThat(d.message()).isEqualTo("services: unknown key \"colour\" (known: catalog, exam, extend, show)"));
    }

    @Test
    void servicesOnOffOrAutoSaysWhetherTheSiteHasTheCrossReference() {
        assertThat(load(vault("=== studysite.yml\nservices: on\n")).site().services().shown()).isEqualTo(SiteConfig.Shown.ON);
        assertThat(load(vault("=== studysite.yml\nservices: false\n")).site().services().shown()).isEqualTo(SiteConfig.Shown.OFF);
        ConfigLoader.Loaded inMap = load(vault("=== studysite.yml\nservices:\n  show: off\n  exam: DVA-C02\n"));
        assertThat(inMap.site().services()).isEqualTo(new SiteConfig.ServiceSettings(
                Optional.empty(), Optional.empty(), Optional.of("DVA-C02"), SiteConfig.Shown.OFF));
        assertThat(inMap.problems()).isEmpty();
        assertThat(load(vault("=== studysite.yml\ntitle: T\n")).site().services().shown()).isEqualTo(SiteConfig.Shown.AUTO);
    }

    @Test
    void servicesNamingNeitherOnNorOffIsAnError() {
        ConfigLoader.Loaded loaded = load(vault("=== studysite.yml\nservices: sometimes\n"));

        assertThat(loaded.problems()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("invalid-config");
            assertThat(d.message()).isEqualTo("services: expected on, off or auto, found \"sometimes\"");
        });
    }

    @Test
    void pageSettingsAreReadAndSourceDateEpochComesFromTheEnvironment() {
        Path root = vault("""
                === studysite.yml
                lastModified: FILE
                image: attachments/cover.png
                editUrl: https://github.com/me/notes/edit/main/{path}
                """);

        ConfigLoader.Loaded loaded = new ConfigLoader(Map.of("SOURCE_DATE_EPOCH", "1700000000")::get).load(root);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.site().pages()).isEqualTo(new SiteConfig.PageSettings(SiteConfig.LastModified.FILE,
                Optional.of(java.time.Instant.ofEpochSecond(1_700_000_000L)), Optional.of("attachments/cover.png"),
                Optional.of("https://github.com/me/notes/edit/main/{path}")));
        // Without a studysite.yml too: reproducible builds set only the environment.
        Path bare = VaultFiles.write(temp.resolve("Bare"), "=== Note.md\n# Note\n");
        assertThat(new ConfigLoader(Map.of("SOURCE_DATE_EPOCH", "0")::get).load(bare).site().pages().sourceDateEpoch())
                .contains(java.time.Instant.EPOCH);
    }

    @Test
    void aWrongLastModifiedAnEditUrlWithoutPathOrABadSourceDateEpochAreErrors() {
        Path root = vault("""
                === studysite.yml
                lastModified: sometimes
                editUrl: https://github.com/me/notes/edit/main/
                """);

        ConfigLoader.Loaded loaded = new ConfigLoader(Map.of("SOURCE_DATE_EPOCH", "yesterday")::get).load(root);

        assertThat(loaded.problems()).extracting(d -> d.severity() + " " + d.code() + ": " + d.message()).containsExactlyInAnyOrder(
                "ERROR invalid-config: lastModified: expected git (the default: the last commit, else the file's time), file or off, found \"sometimes\"",
                "ERROR invalid-config: editUrl: \"https://github.com/me/notes/edit/main/\" has no {path}, which stands for the note's path in the vault",
                "ERROR invalid-config: SOURCE_DATE_EPOCH: \"yesterday\" is not a number of seconds since 1970");
    }

    @Test
    void unknownKeyIsAWarningNamingTheKeyAndTheKnownOnes() {
        Path root = vault("""
                === studysite.yml
                title: T
                tittle: typo
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.code()).isEqualTo("unknown-config-key");
            assertThat(d.file()).isEqualTo(root.resolve("studysite.yml"));
            assertThat(d.message()).startsWith("unknown key \"tittle\"")
                    .contains("baseUrl, description, diagnostics, dialects, editUrl, html, image, jekyll, lastModified, services, title");
        });
        assertThat(loaded.site().title()).isEqualTo("T");
    }

    @Test
    void invalidYamlIsAnErrorAtTheOneBasedLineAndColumn() {
        Path root = vault("""
                === studysite.yml
                title: ok
                description: fine
                dialects: [unclosed
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("invalid-config");
            assertThat(d.message()).startsWith("not valid YAML: ");
            // snakeyaml reports the end of the stream, one line after the unclosed flow sequence
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isEqualTo(1);
        });
        assertThat(loaded.site()).isEqualTo(SiteConfig.defaults("My Notes"));
    }

    @Test
    void invalidYamlPointsAtTheOffendingToken() {
        Path root = vault("""
                === studysite.yml
                title: a
                  description: b
                """);

        Diagnostic d = load(root).problems().get(0);

        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.code()).isEqualTo("invalid-config");
        assertThat(tuple(d.line(), d.column())).isEqualTo(tuple(2, 14));
        assertThat(d.message()).contains("mapping values are not allowed");
    }

    @Test
    void duplicateKeyIsInvalidYaml() {
        Path root = vault("""
                === studysite.yml
                title: a
                title: b
                """);

        Diagnostic d = load(root).problems().get(0);

        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.code()).isEqualTo("invalid-config");
        assertThat(d.line()).isEqualTo(2);
    }

    @Test
    void aListInsteadOfAMapIsAnError() {
        Path root = vault("""
                === studysite.yml
                - title
                - description
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("invalid-config");
            assertThat(d.message()).isEqualTo("expected a map of settings, found a list");
        });
    }

    @Test
    void aSectionThatIsNotAMapIsAnError() {
        Path root = vault("""
                === studysite.yml
                dialects: jekyll
                diagnostics:
                  - unresolved-link
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems())
                .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::message)
                .containsExactly(
                        tuple(Severity.ERROR, "invalid-config", "dialects: expected a map, found \"jekyll\""),
                        tuple(Severity.ERROR, "invalid-config", "diagnostics: expected a map, found a list"));
        assertThat(loaded.site().dialectByFolder()).isEmpty();
        assertThat(loaded.site().severityByCode()).isEmpty();
    }

    @Test
    void aTitleThatIsNotTextIsAnError() {
        Path root = vault("""
                === studysite.yml
                title: [AWS, notes]
                description: {short: x}
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems())
                .extracting(Diagnostic::severity, Diagnostic::code)
                .containsExactly(tuple(Severity.ERROR, "invalid-config"), tuple(Severity.ERROR, "invalid-config"));
        assertThat(loaded.problems().get(0).message()).startsWith("title:");
        assertThat(loaded.problems().get(1).message()).startsWith("description:");
        assertThat(loaded.site().title()).isEqualTo("My Notes");
        assertThat(loaded.site().description()).isEmpty();
    }

    @Test
    void numbersAreAcceptedAsTitleText() {
        Path root = vault("""
                === studysite.yml
                title: 2024
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.site().title()).isEqualTo("2024");
    }

    @Test
    void jekyllHeadingsWithoutSpaceCanBeTurnedOff() {
        Path root = vault("""
                === studysite.yml
                jekyll:
                  headingsWithoutSpace: false
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.site().jekyllHeadingsWithoutSpace()).isFalse();
    }

    @Test
    void rawHtmlIsSanitizedUnlessTrusted() {
        assertThat(load(vault("=== studysite.yml\ntitle: T\n")).site().trustedHtml()).isFalse();
        ConfigLoader.Loaded trusted = load(vault("=== studysite.yml\nhtml: trusted\n"));
        assertThat(trusted.problems()).isEmpty();
        assertThat(trusted.site().trustedHtml()).isTrue();
        assertThat(load(vault("=== studysite.yml\nhtml: sanitized\n")).problems()).isEmpty();
    }

    @Test
    void anHtmlSettingOtherThanTrustedOrSanitizedIsAnError() {
        ConfigLoader.Loaded loaded = load(vault("=== studysite.yml\nhtml: yes\n"));

        assertThat(loaded.problems()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("invalid-config");
            assertThat(d.message()).contains("html:").contains("trusted");
        });
        assertThat(loaded.site().trustedHtml()).isFalse();
    }

    @Test
    void jekyllHeadingsWithoutSpaceThatIsNotABooleanIsAnError() {
        Path root = vault("""
                === studysite.yml
                jekyll:
                  headingsWithoutSpace: maybe
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("invalid-config");
            assertThat(d.message()).contains("headingsWithoutSpace").contains("\"maybe\"");
        });
        assertThat(loaded.site().jekyllHeadingsWithoutSpace()).isTrue();
    }

    @Test
    void readsObsidianAppJson() {
        Path root = vault("""
                === .obsidian/app.json
                {
                  "strictLineBreaks": true,
                  "attachmentFolderPath": "assets/images",
                  "alwaysUpdateLinks": true
                }
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.obsidian()).isEqualTo(new ObsidianSettings(true, "assets/images"));
    }

    @Test
    void appJsonWithoutTheSettingsKeepsDefaults() {
        Path root = vault("""
                === .obsidian/app.json
                {"promptDelete": false}
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.obsidian()).isEqualTo(ObsidianSettings.DEFAULTS);
    }

    @Test
    void appJsonIndentedWithTabsIsRead() {
        Path root = vault("=== .obsidian/app.json\n{\n\t\"strictLineBreaks\": true,\n\t\"attachmentFolderPath\": \"./\"\n}\n");

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.obsidian()).isEqualTo(new ObsidianSettings(true, "./"));
    }

    @Test
    void brokenAppJsonIsOnlyAWarning() {
        Path root = vault("""
                === .obsidian/app.json
                {
                  "strictLineBreaks": true,
                  "attachmentFolderPath": "assets"
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.code()).isEqualTo("invalid-config");
            assertThat(d.file()).isEqualTo(root.resolve(".obsidian/app.json"));
            assertThat(d.line()).isPositive();
        });
        assertThat(loaded.obsidian()).isEqualTo(ObsidianSettings.DEFAULTS);
    }

    @Test
    void appJsonThatIsNotAnObjectIsOnlyAWarning() {
        Path root = vault("""
                === .obsidian/app.json
                [true]
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).extracting(Diagnostic::severity, Diagnostic::code)
                .containsExactly(tuple(Severity.WARNING, "invalid-config"));
        assertThat(loaded.obsidian()).isEqualTo(ObsidianSettings.DEFAULTS);
    }

    @Test
    void siteAndObsidianProblemsAreReportedTogether() {
        Path root = vault("""
                === studysite.yml
                colour: blue
                === .obsidian/app.json
                {oops
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).extracting(Diagnostic::severity, Diagnostic::code).containsExactly(
                tuple(Severity.WARNING, "unknown-config-key"),
                tuple(Severity.WARNING, "invalid-config"));
    }

    @Test
    void configurationFolderNamedLikeTheFileIsIgnored() {
        Path root = vault("""
                === studysite.yml/readme.txt
                not a file
                """);

        ConfigLoader.Loaded loaded = load(root);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.site()).isEqualTo(SiteConfig.defaults("My Notes"));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        SiteConfig defaults = SiteConfig.defaults("T");

        assertThat(defaults).isEqualTo(new SiteConfig("T", "", Optional.empty(), Map.of(), Map.of(), true, false, SiteConfig.ServiceSettings.DEFAULTS, SiteConfig.PageSettings.DEFAULTS));
    }
}
