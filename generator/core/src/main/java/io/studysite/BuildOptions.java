package io.studysite;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build.
 *
 * @param theme  a theme folder that overrides the bundled default one file at a time
 * @param strict warnings fail the build too
 * @param write  false to only check: every diagnostic, nothing written
 */
public record BuildOptions(Path content, Path output, Optional<Path> theme, boolean strict, boolean write) {
    public static BuildOptions of(Path content, Path output) {
        return new BuildOptions(content, output, Optional.empty(), false, true);
    }

    public BuildOptions withTheme(Path themeFolder) {
        return new BuildOptions(content, output, Optional.ofNullable(themeFolder), strict, write);
    }

    public BuildOptions withStrict(boolean strictBuild) {
        return new BuildOptions(content, output, theme, strictBuild, write);
    }
}
