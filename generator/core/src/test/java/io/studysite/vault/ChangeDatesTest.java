package io.studysite.vault;

import io.studysite.config.SiteConfig;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeDatesTest {
    @TempDir
    Path tmp;

    private static SiteConfig.PageSettings settings(SiteConfig.LastModified mode, Optional<Instant> epoch) {
        return new SiteConfig.PageSettings(mode, epoch, Optional.empty(), Optional.empty());
    }

    @Test
    void aPathsNewestCommitComesFirstInTheLog() {
        String log = "\u00012024-04-06T23:30:00-05:00\0\nA note.md\0\u00012024-03-05T10:00:00+01:00\0\nA note.md\0sub/Café.md\0";
        assertThat(ChangeDates.parse(log)).containsExactlyInAnyOrderEntriesOf(Map.of(
                VaultPath.of("A note.md"), LocalDate.of(2024, 4, 6),
                VaultPath.of("sub/Café.md"), LocalDate.of(2024, 3, 5)));
    }

    @Test
    void inAGitWorkTreeANoteIsDatedByTheLastCommitThatChangedItElseByItsFile() throws Exception {
        Path repo = tmp.resolve("repo");
        Path vault = TestVault.write(repo.resolve("notes"), "A note.md", "one\n", "sub/Café crème.md", "two\n");
        TestVault.write(repo, "Outside.md", "not in the vault\n");
        git(repo, null, "init", "-q", ".");
        git(repo, "2024-03-05T10:00:00+01:00", "add", ".");
        git(repo, "2024-03-05T10:00:00+01:00", "commit", "-qm", "first");
        Files.writeString(vault.resolve("A note.md"), "one, edited\n");
        git(repo, "2024-04-06T23:30:00-05:00", "commit", "-qam", "second");
        Path uncommitted = TestVault.write(vault, "New.md", "new\n").resolve("New.md");
        Files.setLastModifiedTime(uncommitted, FileTime.from(Instant.parse("2025-01-02T03:04:05Z")));

        ChangeDates dates = ChangeDates.of(vault, settings(SiteConfig.LastModified.GIT, Optional.empty()));

        // The committer's own day, whatever the time zone of the machine building.
        assertThat(dates.of(VaultPath.of("A note.md"), vault.resolve("A note.md"))).contains(LocalDate.of(2024, 4, 6));
        assertThat(dates.of(VaultPath.of("sub/Café crème.md"), vault.resolve("sub/Café crème.md"))).contains(LocalDate.of(2024, 3, 5));
        assertThat(dates.of(VaultPath.of("New.md"), uncommitted)).contains(LocalDate.of(2025, 1, 2));
        assertThat(ChangeDates.gitLog(vault)).doesNotContainKey(VaultPath.of("Outside.md")).doesNotContainKey(VaultPath.of("notes/A note.md"));
    }

    @Test
    void outsideGitOrWithLastModifiedFileTheFileTimeDates() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), "A.md", "a\n");
        Files.setLastModifiedTime(vault.resolve("A.md"), FileTime.from(Instant.parse("2023-11-02T23:59:59Z")));
        for (SiteConfig.LastModified mode : List.of(SiteConfig.LastModified.GIT, SiteConfig.LastModified.FILE)) {
            assertThat(ChangeDates.of(vault, settings(mode, Optional.empty())).of(VaultPath.of("A.md"), vault.resolve("A.md")))
                    .as(mode.toString()).contains(LocalDate.of(2023, 11, 2));
        }
        assertThat(ChangeDates.of(vault, settings(SiteConfig.LastModified.OFF, Optional.empty()))
                .of(VaultPath.of("A.md"), vault.resolve("A.md"))).isEmpty();
    }

    @Test
    void sourceDateEpochIsTheLatestDayGiven() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), "Old.md", "a\n", "New.md", "b\n");
        Files.setLastModifiedTime(vault.resolve("Old.md"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.setLastModifiedTime(vault.resolve("New.md"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        ChangeDates dates = ChangeDates.of(vault, settings(SiteConfig.LastModified.FILE,
                Optional.of(Instant.parse("2024-06-30T12:00:00Z"))));

        assertThat(dates.of(VaultPath.of("Old.md"), vault.resolve("Old.md"))).contains(LocalDate.of(2020, 1, 1));
        assertThat(dates.of(VaultPath.of("New.md"), vault.resolve("New.md"))).contains(LocalDate.of(2024, 6, 30));
    }

    private static void git(Path repo, String date, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString(),
                "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (date != null) {
            builder.environment().put("GIT_COMMITTER_DATE", date);
            builder.environment().put("GIT_AUTHOR_DATE", date);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            Assumptions.abort("git is not installed: " + e.getMessage());
            return;
        }
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(out).isZero();
    }
}
