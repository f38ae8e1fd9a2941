package io.studysite.cli;

import io.studysite.config.ConfigLoader;
import io.studysite.config.SiteConfig;
import io.studysite.diag.Severity;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The configuration init writes is read by ConfigLoader as meant, commented settings included. */
class StarterVaultTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"notes", "AWS: \"DVA\" #1 \\ notes", "études 😀", "- [x] {a: b}", "yes", "~", "tab\there"})
    void theTitleIsTheFolderNameWhateverItContains(String title) {
        Path vault = TestVault.write(tmp.resolve("v"), "studysite.yml", StarterVault.config(title));
        ConfigLoader.Loaded loaded = new ConfigLoader().load(vault);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.site().title()).isEqualTo(title);
    }

    @Test
    void everyCommentedSettingIsOneConfigLoaderAcceptsOnceSwitchedOn() {
        String config = StarterVault.config("notes");
        // Switching a setting on is removing its "# "; the explanations above and beside them stay comments.
        String switchedOn = config.lines()
                .map(line -> line.matches("# ( *)[A-Za-z][\\w-]*:.*") ? line.substring(2) : line)
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(switchedOn).isNotEqualTo(config);
        Path vault = TestVault.write(tmp.resolve("v"), "studysite.yml", switchedOn);
        ConfigLoader.Loaded loaded = new ConfigLoader().load(vault);
        assertThat(loaded.problems()).isEmpty();
        SiteConfig site = loaded.site();
        assertThat(site.title()).isEqualTo("notes");
        assertThat(site.description()).isEqualTo("Notes for the AWS Developer Associate exam");
        assertThat(site.baseUrl()).contains("https://user.github.io/notes/");
        assertThat(site.services().exam()).isEqualTo(Optional.of("DVA-C02"));
        assertThat(site.services().shown()).isEqualTo(SiteConfig.Shown.AUTO);
        assertThat(site.pages().image()).contains("attachments/cover.png");
        assertThat(site.pages().editUrl()).contains("https://github.com/user/notes/edit/main/{path}");
        assertThat(site.pages().lastModified()).isEqualTo(SiteConfig.LastModified.GIT);
        assertThat(site.severityByCode()).containsEntry("unresolved-link", Severity.ERROR)
                .containsEntry("alias-link", Severity.WARNING);
    }
}
