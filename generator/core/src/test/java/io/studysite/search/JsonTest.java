package io.studysite.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Strings are escaped for JSON and for a classic script, and everything else is copied as it is. */
class JsonTest {
    @Test
    void escapesQuotesControlsAndWhatCouldEndAScript() {
        assertThat(Json.string("plain café ✓")).isEqualTo("\"plain café ✓\"");
        assertThat(Json.string("a\"b\\c\nd\re\tf</script>\u2028\u2029\u0001"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u003c/script>\\u2028\\u2029\\u0001\"");
        assertThat(Json.string("")).isEqualTo("\"\"");
        assertThat(Json.string("<")).isEqualTo("\"\\u003c\"");
    }
}
