package io.studysite.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, so it never drifts from the build. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"studysite " + (version == null ? "(development build)" : version)};
    }
}
