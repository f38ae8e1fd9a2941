package io.studysite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.studysite.diag.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteConfigTest {

    private static SiteConfig withDialects(Map<String, Dialect> dialects) {
        return new SiteConfig("T", "", Optional.empty(), dialects, Map.of(), true, false, SiteConfig.ServiceSettings.DEFAULTS, SiteConfig.PageSettings.DEFAULTS);
    }

    @Test
    void noOverrideMeansDetection() {
        assertThat(withDialects(Map.of()).dialectFor("")).isEmpty();
        assertThat(withDialects(Map.of()).dialectFor("a/b")).isEmpty();
    }

    @Test
    void theDeepestMatchingFolderWins() {
        SiteConfig site = withDialects(Map.of(
                "", Dialect.OBSIDIAN,
                "jekyll", Dialect.JEKYLL,
                "jekyll/vault", Dialect.OBSIDIAN));

        assertThat(site.dialectFor("")).contains(Dialect.OBSIDIAN);
        assertThat(site.dialectFor("other")).contains(Dialect.OBSIDIAN);
        assertThat(site.dialectFor("jekyll")).contains(Dialect.JEKYLL);
        assertThat(site.dialectFor("jekyll/_posts")).contains(Dialect.JEKYLL);
        assertThat(site.dialectFor("jekyll/vault")).contains(Dialect.OBSIDIAN);
        assertThat(site.dialectFor("jekyll/vault/x/y")).contains(Dialect.OBSIDIAN);
    }

    @Test
    void aFolderPrefixMatchesOnlyWholeFolderNames() {
        SiteConfig site = withDialects(Map.of("jekyll", Dialect.JEKYLL));

        assertThat(site.dialectFor("jekyll-old")).isEmpty();
        assertThat(site.dialectFor("jekyllx/a")).isEmpty();
        assertThat(site.dialectFor("a/jekyll")).isEmpty();
    }

    @Test
    void mapsAreCopiedSoLaterChangesDoNotLeakIn() {
        Map<String, Dialect> dialects = new HashMap<>(Map.of("a", Dialect.JEKYLL));
        Map<String, Severity> severities = new HashMap<>(Map.of("c", Severity.ERROR));
        SiteConfig site = new SiteConfig("T", "", Optional.empty(), dialects, severities, true, false, SiteConfig.ServiceSettings.DEFAULTS, SiteConfig.PageSettings.DEFAULTS);
        dialects.put("b", Dialect.JEKYLL);
        severities.clear();

        assertThat(site.dialectByFolder()).containsOnlyKeys("a");
        assertThat(site.severityByCode()).containsOnlyKeys("c");
        assertThatThrownBy(() -> site.dialectByFolder().put("x", Dialect.OBSIDIAN))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void dialectParsingIsCaseInsensitive() {
        assertThat(Dialect.parse(" Jekyll ")).isEqualTo(Dialect.JEKYLL);
        assertThat(Dialect.parse("obsidian")).isEqualTo(Dialect.OBSIDIAN);
        assertThatThrownBy(() -> Dialect.parse("hugo")).isInstanceOf(IllegalArgumentException.class);
    }
}
