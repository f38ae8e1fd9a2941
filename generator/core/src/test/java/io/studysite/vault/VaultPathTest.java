package io.studysite.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VaultPathTest {

    @Test
    void partsOfANestedPath() {
        VaultPath p = VaultPath.of("AWS/Compute/EC2 Basics.md");

        assertThat(p.value()).isEqualTo("AWS/Compute/EC2 Basics.md");
        assertThat(p.fileName()).isEqualTo("EC2 Basics.md");
        assertThat(p.folder()).isEqualTo("AWS/Compute");
        assertThat(p.stem()).isEqualTo("EC2 Basics");
        assertThat(p.extension()).isEqualTo("md");
        assertThat(p.withoutExtension()).isEqualTo("AWS/Compute/EC2 Basics");
        assertThat(p.isNote()).isTrue();
        assertThat(p).hasToString("AWS/Compute/EC2 Basics.md");
    }

    @Test
    void partsOfAPathAtTheRoot() {
        VaultPath p = VaultPath.of("Note.md");

        assertThat(p.fileName()).isEqualTo("Note.md");
        assertThat(p.folder()).isEmpty();
        assertThat(p.stem()).isEqualTo("Note");
        assertThat(p.withoutExtension()).isEqualTo("Note");
    }

    @Test
    void extensionIsLowerCaseAndTheLastOne() {
        assertThat(VaultPath.of("img/Diagram.PNG").extension()).isEqualTo("png");
        assertThat(VaultPath.of("backup.tar.gz").extension()).isEqualTo("gz");
        assertThat(VaultPath.of("backup.tar.gz").stem()).isEqualTo("backup.tar");
        assertThat(VaultPath.of("v1.2 notes.md").stem()).isEqualTo("v1.2 notes");
    }

    @Test
    void noExtension() {
        VaultPath p = VaultPath.of("docs/README");

        assertThat(p.extension()).isEmpty();
        assertThat(p.stem()).isEqualTo("README");
        assertThat(p.withoutExtension()).isEqualTo("docs/README");
        assertThat(p.isNote()).isFalse();
    }

    @Test
    void aLeadingDotIsPartOfTheNameNotAnExtension() {
        VaultPath p = VaultPath.of("a/.gitkeep");

        assertThat(p.extension()).isEmpty();
        assertThat(p.stem()).isEqualTo(".gitkeep");
    }

    @Test
    void mdAndMarkdownInAnyCaseAreNotes() {
        assertThat(VaultPath.of("a.md").isNote()).isTrue();
        assertThat(VaultPath.of("a.MD").isNote()).isTrue();
        assertThat(VaultPath.of("a.markdown").isNote()).isTrue();
        assertThat(VaultPath.of("a.Markdown").isNote()).isTrue();
        assertThat(VaultPath.of("a.mdx").isNote()).isFalse();
        assertThat(VaultPath.of("a.txt").isNote()).isFalse();
        assertThat(VaultPath.of("md").isNote()).isFalse();
        assertThat(VaultPath.of("a.md.png").isNote()).isFalse();
    }

    @Test
    void backslashesBecomeSlashes() {
        VaultPath p = VaultPath.of("AWS\\Compute\\EC2.md");

        assertThat(p.value()).isEqualTo("AWS/Compute/EC2.md");
        assertThat(p.folder()).isEqualTo("AWS/Compute");
    }

    @Test
    void isNfcNormalisedSoNfdAndNfcNamesAreEqual() {
        VaultPath nfd = VaultPath.of("Cafe\u0301/De\u0301ja\u0300 vu.md");
        VaultPath nfc = VaultPath.of("Caf\u00E9/D\u00E9j\u00E0 vu.md");

        assertThat(nfd.value()).isEqualTo("Caf\u00E9/D\u00E9j\u00E0 vu.md");
        assertThat(nfd).isEqualTo(nfc);
        assertThat(nfd.hashCode()).isEqualTo(nfc.hashCode());
        assertThat(nfd.compareTo(nfc)).isZero();
        assertThat(nfd.stem()).isEqualTo("D\u00E9j\u00E0 vu");
    }

    @Test
    void rejectsAbsoluteAndEmptyPaths() {
        assertThatThrownBy(() -> VaultPath.of("/etc/passwd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/etc/passwd");
        assertThatThrownBy(() -> VaultPath.of("\\Windows\\x.md")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VaultPath.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VaultPath.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void sortsByPathText() {
        List<VaultPath> paths = new ArrayList<>(List.of(
                VaultPath.of("b/a.md"), VaultPath.of("a.md"), VaultPath.of("a/z.md"), VaultPath.of("B.md")));
        Collections.sort(paths);

        assertThat(paths).extracting(VaultPath::value).containsExactly("B.md", "a.md", "a/z.md", "b/a.md");
    }

    @Test
    void unicodeAndSpecialCharactersSurvive() {
        VaultPath p = VaultPath.of("Q&A/100% #1 why? 😀.md");

        assertThat(p.fileName()).isEqualTo("100% #1 why? 😀.md");
        assertThat(p.stem()).isEqualTo("100% #1 why? 😀");
        assertThat(p.folder()).isEqualTo("Q&A");
    }
}
