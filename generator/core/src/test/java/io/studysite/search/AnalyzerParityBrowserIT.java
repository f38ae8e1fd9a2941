package io.studysite.search;

import io.studysite.BuildOptions;
import io.studysite.SiteBuilder;
import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import io.studysite.testing.TestVault;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The browser's query analyzer (themes/default/static/search-analyzer.js, loaded from a built site over
 * file://) gives Lucene's EnglishAnalyzer tokens exactly: same terms, UTF-16 offsets and positions, on
 * hand-picked tricky strings, every section of the sample and kitchen-sink sites, every character of the
 * commonly used Unicode blocks in several contexts and seeded random mixes; and its Porter stemmer agrees
 * with Martin Porter's vocabulary and with Lucene's PorterStemFilter word for word.
 */
class AnalyzerParityBrowserIT {
    static final Path REPOSITORY = TestVault.repository();
    // Unpacked from porter-stemmer 0.9.1 by download-maven-plugin in generate-test-resources.
    static final Path VOCABULARY = REPOSITORY.resolve("generator/core/target/porter-vocabulary/package/test");
    static final int SHOWN = 15;

    static final List<String> TRICKY = List.of(
            "e.g. i.e. U.S. U.S.A. a.m. p.m. etc.", "www.example.com http://www.example.com/path?q=1&x=y#frag",
            "https://docs.aws.amazon.com/s3/ ftp://x.y/z mailto:x@y.z",
            "john.doe@example.com user+tag@mail.co.uk foo@bar a@b.c",
            "foo_bar _foo bar_ __init__ ___ _ a__b snake_case_1 CONST_2 _1 1_ 1_a a_1",
            "3.14 1,000 1,000,000.50 1.2.3 v1.2.3 10.0.0.1 192.168.1.1:8080 -5 +3 1e10 0x1F",
            "ec2 s3 EC2 S3 t2.micro m5.large 24/7 9-5 50% $100 #1 No.1 A1 B2 1A 2B A1B2 1A2B",
            "don't won't can't I'm you're it's they'll o'clock rock'n'roll l'homme d'accord O’Reilly don’t",
            "bucket's Bucket's BUCKET'S bucket'S bucket’s bucket＇s buckets' James' the bucket's policy",
            "S3's EC2's AWS's it's its s's S'S a's x's's naïve's version 2.0's 's 'S ’s",
            "ab' 'ab a' ' '' a''b a'b'c 1'000 1’000",
            "a:b a:1 1:2 10:30 key:value AWS::EC2::Instance arn:aws:s3:::my-bucket/key IPv6 ::1 fe80::1%eth0",
            "x-ray X-Ray state-of-the-art e-mail co-operate co--operate", "C++ C# F# .NET node.js Node.JS ASP.NET",
            "#tag #multi-word #tag/sub @mention !important --flag -f $HOME ${VAR} %PATH% R&D AT&T Q&A tl;dr",
            "path/to/file.txt C:\\Windows\\System32 ./run.sh ../up ~/home a/b a\\b a|b a&b a+b a=b a*b a^b a~b a`b",
            "hello...world hello..world a..b 1..2 1...2 abc. def! ghi? jkl; mno: pqr, 1. 2) 3: 4; 5,",
            "\"quoted\" 'single' ‘curly’ “double” «guillemets» (parens) [brackets] {braces} <angle> <b>bold</b>",
            "a an and are as at be but by for if in into is it no not of on or such that the their then there these",
            "they this to was will with", "To be or not to be, that is the question", "The", "THE AND", "a", "I", "is",
            "its", "", " ", "   leading and trailing   ",
            "caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized",
            "hopping falling fizzed filing happy sky relational conditional valenci hesitanci digitizer conformabli",
            "radicalli differentli vileli analogousli vietnamization operator feudalism decisiveness hopefulness",
            "callousness formaliti sensitiviti sensibiliti triplicate formative formalize electrical",
            "Ünïcödé café naïve résumé Straße ß ẞ ǰ ΣΊΣΥΦΟΣ ΟΔΟΣ İstanbul İ ı Ǆ ǅ ǆ Ω K Å Ꭰ ꭰ 𐐀𐐨 ﬁle ﬂow Ⓐ ⓐ 𝐀𝐁𝐂 𝓍𝓎𝓏",
            // Accents fold on Latin letters only, composed or not, and a few letters are spelt out.
            "café CAFÉ Cafe\u0301 cafe\u0301\u0327 crème brûlée Ærø Œuvre Łódź Đorđe Þór ðe ñandú São Zürich ŉ ǅ ḗ ǰ ẞ",
            "Й й ё Ё ά ῆ \u0301e a\u0301\u0301b x\u0360y Ǹ ǹ ǜ thé The\u0301 l'été d'été ça's Ça'S",
            "Москва Привет мир", "日本語のテキスト 東京タワー ひらがな カタカナ ｶﾀｶﾅ ﾃﾞｰﾀ",
            "中文分词测试 漢字 汉字123 abc中文def 日\u0301本",
            "す ー すー スー すス 〃 ゝ ゞ ヽ ヾ 々 〆 〇 ｱｲｳ ｰ ﾞ ﾟ ア_イ a_ア ア_a ア1 1ア aア", "한국어 텍스트 한글abc",
            "ภาษาไทย ສະບາຍດີ မြန်မာ ខ្មែរ ๑๒๓ ไทย๑", "עברית שלום צה\"ל ג'ירפה ש' א\"ב a.א' 1א' א'ב'",
            "العربية ١٢٣ ٤٫٥ ٦٬٧ हिन्दी देवनागरी",
            "😀 😀😀 👍🏽 👨\u200D👩\u200D👧\u200D👦 🇺🇸 🇺🇸🇬🇧 🇺 🇺🇸🇺 ☺ ✔ © ® ™ 〰 〽 🏻 🏻🏻 👍🏻\uFE0F",
            "1\uFE0F\u20E3 #\uFE0F\u20E3 *\u20E3 ❤\uFE0F ❤\uFE0E 🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F",
            "emoji😀inside word👍🏽end 1😀2 \u200D👩 👩\u200D 😀\uFE0F\u200D😀 😀\u0301\u200D😀 😀\u200D\u200D😀 😀\uFE0F\u200D\u200D🏻",
            "a\u200Db a\u200Cb a\u00ADb a\u2060b a\uFEFFb a\u200Bb e\u0301 e\u0301e \u0301a x\u0308y \u00E9\u0301",
            "tab\there\nnewline\r\nCRLF\u2028ls\u2029ps\u00A0nbsp\u3000ideographic １２３ ＡＢＣ ａｂｃ",
            "50¢ €20 £5 ¥100 ₹50 ½ ¼ ² ³ ⅓ Ⅻ ⅻ ① ⑳ 2024-01-15T10:30:00Z 2024/01/15 15.01.2024 12:30pm 3:00 PM",
            "MB/s 5GB 100ms 3x 2nd 1st 21st", "a\uD800b \uDC00 lone surrogates",
            // StandardTokenizer cuts tokens at 255 UTF-16 units.
            "x".repeat(300), "x " + "ab".repeat(130), "a".repeat(254) + "𐐀", "a".repeat(254) + "\u0301b",
            "1".repeat(254) + ".5", "😀".repeat(130), "a".repeat(255) + "'s", "a".repeat(253) + "'s");

    static Path sample;
    static Path kitchenSink;
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Browser browser;
    static int pages;

    @BeforeAll
    static void buildAndStart(@TempDir Path out) {
        sample = build(REPOSITORY.resolve("content"), out.resolve("sample"));
        kitchenSink = build(REPOSITORY.resolve("generator/core/src/test/resources/vaults/kitchen-sink"),
                out.resolve("kitchen-sink"));
        browser = session.browser();
    }


    @Test
    void trickyStringsAnalyseAsInLucene(@TempDir Path dir) {
        assertSameTokens(dir, "tricky string", TRICKY);
        assertSameInBrowser(dir, "normalizeText", TRICKY, "studysiteAnalyzer.normalizeText(t)", SearchText::normalize);
        // Lucene's normalize() answers UTF-8 bytes, where a lone surrogate cannot survive.
        List<String> wellFormed = TRICKY.stream().filter(t -> !t.contains("\uD800") && !t.contains("\uDC00")).toList();
        try (Analyzer analyzer = SearchIndex.analyzer()) {
            assertSameInBrowser(dir, "normalize", wellFormed, "studysiteAnalyzer.normalize(t)",
                    t -> analyzer.normalize(SearchIndex.CONTENT, t).utf8ToString());
        }
        List<String> words = new ArrayList<>(List.of("there", "thee", "without", "I", "s", "The", ""));
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        assertSameInBrowser(dir, "isStopWord", words, "String(studysiteAnalyzer.isStopWord(t))",
                w -> String.valueOf(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)));
    }

    @Test
    void everySectionOfTheSampleSiteAnalysesAsInLucene(@TempDir Path dir) {
        assertSameTokens(dir, "sample section", sectionTexts(sample));
    }

    @Test
    void everySectionOfTheKitchenSinkAnalysesAsInLucene(@TempDir Path dir) {
        assertSameTokens(dir, "kitchen-sink section", sectionTexts(kitchenSink));
    }

    /**
     * Each code point of the blocks notes draw on, alone, doubled and between letters, digits, Katakana, emoji,
     * Hebrew letters and after an underscore: its word-break class decides where it joins. Blocks holding
     * characters newer than Unicode 12.1, which Lucene's scanner tables predate and the browser knows, are left out.
     */
    @Test
    void everyCharacterOfCommonBlocksAnalysesAsInLucene(@TempDir Path dir) {
        int[][] blocks = {{0x0000, 0x085F}, {0x0900, 0x0AFF}, {0x0E00, 0x0E7F}, {0x0F00, 0x167F}, {0x1780, 0x17FF},
                {0x1E00, 0x2BFF}, {0x2E80, 0x2FDF}, {0x3000, 0x30FF}, {0x3130, 0x318F}, {0x3200, 0x33FF}, {0x4E00, 0x4E7F},
                {0xAC00, 0xAC7F}, {0xFB00, 0xFFFD}, {0x10400, 0x1044F}, {0x1D400, 0x1D7FF}, {0x1F000, 0x1FAFF}, {0xE0000, 0xE007F}};
        List<String> texts = new ArrayList<>();
        for (int[] block : blocks) {
            for (int cp = block[0]; cp <= block[1]; cp++) {
                String c = Character.toString(cp);
                texts.add("a" + c + "b 1" + c + "2 " + c + " " + c + c + " ア" + c + "ア 😀" + c + "😀 א" + c + "ב x_" + c);
            }
        }
        assertSameTokens(dir, "code point context", texts);
    }

    /** Seeded random mixes of the characters and pieces whose combinations the grammar rules on. */
    @Test
    void randomMixesAnalyseAsInLucene(@TempDir Path dir) {
        String[] pieces = {"a", "A", "s", "S", "z", "y", "e", "1", "9", " ", "_", ".", "'", "’", "＇", "\"", ",", ":", ";", "-",
                "#", "*", "/", "@", "א", "ב", "ア", "ー", "あ", "中", "ก", "\u0E31", "\u200D", "\u200D", "\uFE0F", "\uFE0E",
                "\u20E3", "\u0301", "\u00AD", "\u200B", "😀", "👍", "🏻", "🇺", "🇸", "❤", "©", "\uDB40\uDC67", "\uDB40\uDC7F",
                "\u202F", "\u066B", "٣", "１", "·", "’s", "the ", "is ", "'s", "가", "々", "\u2060", "İ", "Σ", "👩", "♂", "🏴",
                "゛", "ﾞ", "ｱ", "\u3099", "\u0600", "🅰", "Ⓜ", "™", "〰", "ing", "ed", "ational"};
        Random random = new Random(20260101);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            // Mostly short mixes; every hundredth a long one, mostly letters, for the 255-character token limit.
            boolean longOne = i % 100 == 0;
            int length = longOne ? 150 + random.nextInt(300) : 1 + random.nextInt(16);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(longOne && random.nextInt(10) > 0 ? 3 : pieces.length)]);
            }
            texts.add(text.toString());
        }
        assertSameTokens(dir, "random mix", texts);
    }

    @Test
    void porterStemsMartinPortersVocabularyAsPublishedAndAsLucene(@TempDir Path dir) throws IOException {
        Path input = VOCABULARY.resolve("input.txt");
        Path output = VOCABULARY.resolve("output.txt");
        assertThat(input).as("run through Maven: generate-test-resources unpacks porter-stemmer 0.9.1 there").exists();
        assertThat(output).exists();
        assertThat(md5(input)).isEqualTo("79b4696db1cbd524af2c2980c40e7245");
        assertThat(md5(output)).isEqualTo("6e3f6667a543f9364888abe62c79b8b3");
        List<String> words = Files.readAllLines(input, StandardCharsets.UTF_8);
        List<String> published = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(words).hasSize(23_532);
        List<String> stems = browser(dir, words, "studysiteAnalyzer.stem(t)");
        assertSameLists("stem, expected from output.txt", words, published, stems);
        assertSameLists("stem, expected from Lucene's PorterStemFilter", words,
                words.stream().map(AnalyzerParityBrowserIT::luceneStem).toList(), stems);
    }

    // ---- comparing ----

    private static void assertSameTokens(Path dir, String what, List<String> texts) {
        assertThat(texts).isNotEmpty();
        try (Analyzer analyzer = SearchIndex.analyzer()) {
            assertSameInBrowser(dir, what, texts, "studysiteAnalyzer.tokens(t).map(function (k) {"
                    + " return k.term + '@' + k.start + '-' + k.end + '#' + k.position; }).join(' ')",
                    t -> luceneTokens(analyzer, t));
        }
    }

    /** Applies {@code js} (of the text {@code t}) in the browser and {@code java} in Lucene to every text. */
    private static void assertSameInBrowser(Path dir, String what, List<String> texts, String js, Function<String, String> java) {
        assertSameLists(what, texts, texts.stream().map(java).toList(), browser(dir, texts, js));
    }

    /** {@code browser} holds the escaped answers {@link #browser} gives. */
    private static void assertSameLists(String what, List<String> inputs, List<String> expected, List<String> browser) {
        assertThat(browser).as(what + ": one answer per input").hasSameSizeAs(expected);
        List<String> report = new ArrayList<>();
        int mismatches = 0;
        for (int i = 0; i < expected.size(); i++) {
            String want = escape(expected.get(i));
            if (!want.equals(browser.get(i))) {
                if (++mismatches <= SHOWN) {
                    report.add(what + " #" + i + ": " + abbreviate(escape(inputs.get(i)))
                            + "\n    expected: " + fromFirstDifference(want, browser.get(i))
                            + "\n    browser:  " + fromFirstDifference(browser.get(i), want));
                }
            }
        }
        if (mismatches > 0) {
            fail(what + ": " + mismatches + " of " + expected.size() + " differ; the first " + report.size() + ":\n"
                    + String.join("\n", report));
        }
    }

    // Tokens from the first one that differs, so long sections show where they part.
    private static String fromFirstDifference(String tokens, String other) {
        String[] a = tokens.split(" ", -1);
        String[] b = other.split(" ", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        return (i > 0 ? "… " : "") + abbreviate(String.join(" ", List.of(a).subList(Math.min(i, a.length), a.length)));
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    // ---- Lucene ----

    private static String luceneTokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchIndex.CONTENT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "#" + position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(" ", tokens);
    }

    private static String luceneStem(String word) {
        try (KeywordTokenizer tokenizer = new KeywordTokenizer(); TokenStream stream = new PorterStemFilter(tokenizer)) {
            tokenizer.setReader(new StringReader(word));
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            assertThat(stream.incrementToken()).isTrue();
            String stem = term.toString();
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sectionTexts(Path site) {
        List<String> texts = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(SearchIndex.folderFor(site));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            StoredFields fields = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                texts.add(fields.document(doc).get("text"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    // ---- the browser ----

    /**
     * Runs {@code js} over every text in a page that loads the analyzer the way a site does (a classic script
     * from file://, here the copy the build put in the site); the texts come as a data script beside the page.
     * Answers come back escaped as {@link #escape} does.
     */
    private static List<String> browser(Path dir, List<String> texts, String js) {
        StringBuilder data = new StringBuilder("var parityTexts = [");
        for (String text : texts) {
            data.append('"').append(escape(text)).append("\",\n");
        }
        data.append("];\n");
        Path script = sample.resolve("_studysite/search-analyzer.js");
        // Fresh names each time: the browser may cache a file:// script it has seen.
        String name = "parity-" + pages++;
        String page = "<!DOCTYPE html><meta charset=utf-8>"
                + "<script src=\"" + script.toUri() + "\"></script><script src=\"" + name + ".js\"></script>";
        try {
            Files.writeString(dir.resolve(name + ".js"), data);
            Files.writeString(dir.resolve(name + ".html"), page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.open(dir.resolve(name + ".html"));
        // escape() is the Java one below, so no answer reaches WebDriver's JSON with a lone surrogate in it.
        Object result = browser.script("function escape(s) { return s.replace(/[^\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]/g, function (c) {"
                + " return '\\\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }"
                + "return parityTexts.map(function (t) { return escape(" + js + "); });");
        @SuppressWarnings("unchecked")
        List<String> answers = (List<String>) result;
        return answers;
    }

    // Every UTF-16 unit outside printable ASCII and space, and the quote and backslash, as \\uXXXX: a JavaScript
    // string literal's body, readable in reports, and lone surrogates survive the trip.
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c > 0x7e || c == '\\' || c == '"') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Path build(Path content, Path site) {
        new SiteBuilder().build(BuildOptions.of(content, site));
        assertThat(SearchIndex.folderFor(site)).isDirectory();
        return site;
    }

    private static String md5(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
