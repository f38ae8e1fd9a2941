package io.studysite.note;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Load balancing & Auto scaling       | load-balancing-and-auto-scaling
            EC2                                 | ec2
            S3 (Amazon Simple Storage Service)  | s3-amazon-simple-storage-service
            CI/CD DevOps                        | ci-cd-devops
            Wifi 2.4 vs 5.0                     | wifi-2-4-vs-5-0
            AWS Developer Associate             | aws-developer-associate
            "  leading and trailing  "          | leading-and-trailing
            "many   spaces --- and -- dashes"   | many-spaces-and-dashes
            C# & .NET                           | c-and-net
            100% sure?                          | 100-sure
            #1 priority                         | 1-priority
            What? Why! How.                     | what-why-how
            snake_case_name                     | snake_case_name
            & first                             | and-first
            last &                              | last-and
            R&D                                 | r-and-d
            Route 53                            | route-53
            2024-01-01 Daily                    | 2024-01-01-daily
            """)
    void readableSlugs(String text, String slug) {
        assertThat(Slug.of(text)).isEqualTo(slug);
    }

    @Test
    void accentsAndOtherScriptsAreKept() {
        assertThat(Slug.of("Café Déjà")).isEqualTo("café-déjà");
        assertThat(Slug.of("Straße Übung")).isEqualTo("straße-übung");
        assertThat(Slug.of("日本語 ノート")).isEqualTo("日本語-ノート");
        assertThat(Slug.of("Привет Мир")).isEqualTo("привет-мир");
    }

    @Test
    void nfdAndNfcGiveTheSameSlug() {
        assertThat(Slug.of("Cafe\u0301 De\u0301ja\u0300")).isEqualTo("caf\u00E9-d\u00E9j\u00E0");
    }

    @Test
    void combiningMarksWithoutAPrecomposedFormStay() {
        // "q̃" has no precomposed form: the mark belongs to the letter and must not become a dash
        assertThat(Slug.of("q\u0303 x")).isEqualTo("q\u0303-x");
    }

    @Test
    void emojiAndPunctuationOnlyGiveEmpty() {
        assertThat(Slug.of("😀🎉")).isEmpty();
        assertThat(Slug.of("?!#%")).isEmpty();
        assertThat(Slug.of("")).isEmpty();
        assertThat(Slug.of("   ")).isEmpty();
    }

    @Test
    void emojiBetweenWordsIsASeparator() {
        assertThat(Slug.of("Deploy 🚀 Fast")).isEqualTo("deploy-fast");
        assertThat(Slug.of("🚀Launch")).isEqualTo("launch");
    }

    @Test
    void urlSensitiveCharactersNeverSurvive() {
        String slug = Slug.of("a#b%c?d&e/f\\g\"h'i<j>k l+m=n:o;p[q]r{s}t|u");

        assertThat(slug).doesNotContainPattern("[#%?/\\\\\"'<>+=:;\\[\\]{}| ]");
        assertThat(slug).isEqualTo("a-b-c-d-and-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u");
    }

    @Test
    void slugsAreStable() {
        assertThat(Slug.of("Load balancing & Auto scaling")).isEqualTo(Slug.of("Load balancing & Auto scaling"));
        assertThat(Slug.of(Slug.of("Load balancing & Auto scaling"))).isEqualTo("load-balancing-and-auto-scaling");
    }

    @Test
    void matchKeyIgnoresCasePunctuationAndSpaces() {
        assertThat(Slug.matchKey("Wifi 2.4 vs 5.0")).isEqualTo("wifi24vs50");
        assertThat(Slug.matchKey("wifi 2 4 vs 5 0")).isEqualTo(Slug.matchKey("Wifi 2.4 vs 5.0"));
        assertThat(Slug.matchKey("CI/CD DevOps")).isEqualTo(Slug.matchKey("cicd-devops"));
        assertThat(Slug.matchKey("S3 (Amazon Simple Storage Service)"))
                .isEqualTo(Slug.matchKey("s3 amazon simple storage service"));
    }

    @Test
    void matchKeyKeepsLettersThatMatter() {
        assertThat(Slug.matchKey("Wifi 2.4")).isNotEqualTo(Slug.matchKey("Wifi 2.5"));
        assertThat(Slug.matchKey("Café")).isNotEqualTo(Slug.matchKey("Cafe"));
        assertThat(Slug.matchKey("Cafe\u0301")).isEqualTo(Slug.matchKey("Caf\u00E9")).isEqualTo("caf\u00E9");
        assertThat(Slug.matchKey("日本語")).isEqualTo("日本語");
    }

    @Test
    void matchKeyOfNothing() {
        assertThat(Slug.matchKey("?! —")).isEmpty();
        assertThat(Slug.matchKey("")).isEmpty();
    }
}
