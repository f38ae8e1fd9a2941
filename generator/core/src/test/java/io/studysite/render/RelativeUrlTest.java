package io.studysite.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeUrlTest {
    @Test
    void rootFromTheSiteRootIsEmpty() {
        assertThat(RelativeUrl.root("index.html")).isEmpty();
        assertThat(RelativeUrl.root("note.html")).isEmpty();
    }

    @Test
    void rootClimbsOneLevelPerFolder() {
        assertThat(RelativeUrl.root("a/x.html")).isEqualTo("../");
        assertThat(RelativeUrl.root("a/b/c.html")).isEqualTo("../../");
        assertThat(RelativeUrl.root("a/b/c/d/e.html")).isEqualTo("../../../../");
    }

    @Test
    void betweenPagesOfOneFolder() {
        assertThat(RelativeUrl.between("a/x.html", "a/y.html")).isEqualTo("y.html");
        assertThat(RelativeUrl.between("x.html", "y.html")).isEqualTo("y.html");
        assertThat(RelativeUrl.between("a/b/x.html", "a/b/y.html")).isEqualTo("y.html");
    }

    @Test
    void toItself() {
        assertThat(RelativeUrl.between("a/x.html", "a/x.html")).isEqualTo("x.html");
    }

    @Test
    void upAndAcross() {
        assertThat(RelativeUrl.between("a/b/x.html", "c/y.html")).isEqualTo("../../c/y.html");
        assertThat(RelativeUrl.between("a/b/x.html", "a/c/y.html")).isEqualTo("../c/y.html");
        assertThat(RelativeUrl.between("a/x.html", "index.html")).isEqualTo("../index.html");
        assertThat(RelativeUrl.between("a/b/x.html", "_studysite/style.css")).isEqualTo("../../_studysite/style.css");
    }

    @Test
    void down() {
        assertThat(RelativeUrl.between("x.html", "a/b/y.html")).isEqualTo("a/b/y.html");
        assertThat(RelativeUrl.between("a/x.html", "a/b/y.html")).isEqualTo("b/y.html");
    }

    @Test
    void aFileNamedLikeAFolderIsNotThatFolder() {
        // the page "a.html" and the folder "a/" are unrelated
        assertThat(RelativeUrl.between("a.html", "a/y.html")).isEqualTo("a/y.html");
        assertThat(RelativeUrl.between("a/y.html", "a.html")).isEqualTo("../a.html");
        assertThat(RelativeUrl.between("a/b/x.html", "a/b")).isEqualTo("../b");
    }

    @Test
    void foldersThatOnlyShareAPrefixAreDifferentFolders() {
        assertThat(RelativeUrl.between("ab/x.html", "abc/y.html")).isEqualTo("../abc/y.html");
    }

    @Test
    void agreesWithRoot() {
        String from = "p/q/r.html";
        assertThat(RelativeUrl.between(from, "index.html")).isEqualTo(RelativeUrl.root(from) + "index.html");
        assertThat(RelativeUrl.between(from, "s/t.png")).isEqualTo(RelativeUrl.root(from) + "s/t.png");
    }

    @Test
    void spacesArePercentEncoded() {
        assertThat(RelativeUrl.between("index.html", "my note.html")).isEqualTo("my%20note.html");
        assertThat(RelativeUrl.between("index.html", "my folder/a b.png")).isEqualTo("my%20folder/a%20b.png");
    }

    @Test
    void charactersThatBreakUrlsAreEncoded() {
        assertThat(RelativeUrl.between("index.html", "a#b.html")).isEqualTo("a%23b.html");
        assertThat(RelativeUrl.between("index.html", "100%.html")).isEqualTo("100%25.html");
        assertThat(RelativeUrl.between("index.html", "a&b.html")).isEqualTo("a%26b.html");
        assertThat(RelativeUrl.between("index.html", "why?.html")).isEqualTo("why%3F.html");
        assertThat(RelativeUrl.between("index.html", "c++.html")).isEqualTo("c%2B%2B.html");
        assertThat(RelativeUrl.between("index.html", "a:b;c=d,e'f\"g<h>.html"))
                .isEqualTo("a%3Ab%3Bc%3Dd%2Ce%27f%22g%3Ch%3E.html");
        assertThat(RelativeUrl.between("index.html", "back\\slash [x].html")).isEqualTo("back%5Cslash%20%5Bx%5D.html");
    }

    @Test
    void unreservedCharactersAreKept() {
        String unreserved = "AZaz09-._~";
        assertThat(RelativeUrl.between("index.html", unreserved)).isEqualTo(unreserved);
    }

    @Test
    void accentsAreEncodedAsUtf8Bytes() {
        assertThat(RelativeUrl.between("index.html", "café.html")).isEqualTo("caf%C3%A9.html");
        assertThat(RelativeUrl.between("index.html", "été/ü.png")).isEqualTo("%C3%A9t%C3%A9/%C3%BC.png");
        assertThat(RelativeUrl.between("index.html", "日本.html")).isEqualTo("%E6%97%A5%E6%9C%AC.html");
    }

    @Test
    void emojiAreEncodedAsFourBytes() {
        assertThat(RelativeUrl.between("index.html", "🚀.html")).isEqualTo("%F0%9F%9A%80.html");
    }

    @Test
    void theCommonPartIsNotRepeatedButTheRestIsEncoded() {
        assertThat(RelativeUrl.between("été/a.html", "été/b c.html")).isEqualTo("b%20c.html");
        assertThat(RelativeUrl.between("x y/a.html", "z w/b.html")).isEqualTo("../z%20w/b.html");
    }
}
