/* studysite: the query analyzer of the site search. Classic script (works from file://); defines the global
   studysiteAnalyzer, which turns text into the terms the build-time index holds: it mirrors Lucene 9.12.3's
   EnglishAnalyzer (StandardTokenizer, EnglishPossessiveFilter, LowerCaseFilter, AccentFolding, StopFilter, PorterStemFilter)
   token for token, offsets and positions included. AnalyzerParityBrowserIT checks it against Lucene itself.
   Known difference: characters assigned after Unicode 12.1, which Lucene's scanner tables predate (it skips
   them) and the browser's Unicode data knows; Java's (13) and the browser's case mappings and NFKC differ only
   on characters newer than that. */
var studysiteAnalyzer = (function () {
  "use strict";

  // StandardTokenizer's scanner buffer: no token is longer, a longer run is cut into pieces of this size.
  var MAX_TOKEN_LENGTH = 255;

  var STOP_WORDS = {};
  ("a an and are as at be but by for if in into is it no not of on or such that the their then there these " +
    "they this to was will with").split(" ").forEach(function (word) { STOP_WORDS[word] = true; });

  /* ---- StandardTokenizer ----
     Lucene generates its scanner with JFlex from StandardTokenizerImpl.jflex: UAX#29 word-break classes (of
     Unicode 12.1) plus emoji sequences, matched longest-first. Here the same grammar is an NFA over character
     classes. JavaScript has no Word_Break property, so each class is derived from the properties UAX#29
     defines it by, with the exceptions Lucene's tables show. */
  function classSources(unicode) {
    if (!unicode) {
      // Engines without Unicode property escapes: Latin letters and ASCII digits only (best effort).
      var letter = "[A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]";
      return { FEZ: "[\\u0300-\\u036F\\u200C\\u200D\\uFE0E\\uFE0F]", ES: "[\\u0300-\\u036F\\u200C\\u200D]",
        ZWJ: "\\u200D", X: "_", A: letter, N: "[0-9]", ML: "[:.'\\u00B7\\u2018\\u2019]",
        MN: "[,;.'\\u2018\\u2019]", SQ: "'", DQ: "\"" };
    }
    var modifier = "[\\u{1F3FB}-\\u{1F3FF}]";
    // Format, Extend (emoji modifiers included, as in Lucene's tables) and ZWJ: Lucene always allows them together.
    var fez = "(?!\\u200B)[\\p{Cf}\\p{Grapheme_Extend}\\p{Mc}\\u{1F3FB}-\\u{1F3FF}]";
    var katakana = "[\\p{Script=Katakana}\\u3031-\\u3035\\u309B\\u309C\\u30A0\\u30FC\\uFF70]";
    // Line_Break=Complex_Context: scripts written without spaces between words, less their digits, some of their
    // punctuation and symbols, and one mark.
    var southEastAsian = "(?![\\p{Nd}\\u0E4F\\u0E5A\\u0E5B\\u104A-\\u104F\\u17D4-\\u17D6\\u17D8-\\u17DB\\u17F0-\\u17F9" +
      "\\u19E0-\\u19FF\\u1A7F\\u{1173C}-\\u{1173E}])[\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Myanmar}\\p{Script=Khmer}" +
      "\\p{Script=Tai_Le}\\p{Script=New_Tai_Lue}\\p{Script=Tai_Tham}\\p{Script=Tai_Viet}\\p{Script=Ahom}]";
    var midNumLet = ".\\u2018\\u2019\\u2024\\uFE52\\uFF07\\uFF0E'";
    return {
      FEZ: fez,
      ES: "(?![\\uFE0E\\uFE0F])" + fez, // FEZ less the presentation selectors, which emoji rules place themselves
      ZWJ: "\\u200D",
      PRES: "\\uFE0F",
      X: "[\\p{Pc}\\u202F]", // ExtendNumLet
      K: katakana,
      // ALetter and Hebrew_Letter: alphabetic, but not ideographs, kana, Complex_Context letters or marks.
      A: "(?!" + fez + "|\\p{Ideographic}|\\p{Script=Hiragana}|" + katakana + "|" + southEastAsian + ")" +
        "[\\p{Alphabetic}\\u02C2-\\u02C5\\u02D2-\\u02D7\\u02DE\\u02DF\\u02ED\\u02EF-\\u02FF\\u055B\\u055C\\u055E" +
        "\\u05F3\\uA720\\uA721\\uA789\\uA78A\\uAB5B]",
      H: "(?=\\p{Script=Hebrew})\\p{Lo}",
      N: "[\\p{Nd}\\u066B]",
      ML: "[:\\u00B7\\u0387\\u05F4\\u2027\\uFE13\\uFE55\\uFF1A" + midNumLet + "]",
      MN: "[,;\\u037E\\u0589\\u060C\\u060D\\u066C\\u07F8\\u2044\\uFE10\\uFE14\\uFE50\\uFE54\\uFF0C\\uFF1B" + midNumLet + "]",
      SQ: "'",
      DQ: "\"",
      SA: southEastAsian,
      ONE: "[\\p{Script=Han}\\p{Script=Hiragana}]", // one token per character
      // Extended_Pictographic as the emoji data in Lucene's grammar has it (reserved code points too): every emoji
      // character but keycap bases, regional indicators and skin-tone modifiers, which have rules of their own.
      EC: "[\\u00A9\\u00AE\\u203C\\u2049\\u2122\\u2139\\u2194-\\u2199\\u21A9\\u21AA\\u231A\\u231B\\u2328\\u2388\\u23CF" +
        "\\u23E9-\\u23F3\\u23F8-\\u23FA\\u24C2\\u25AA\\u25AB\\u25B6\\u25C0\\u25FB-\\u25FE\\u2600-\\u2605\\u2607-\\u2612" +
        "\\u2614-\\u2685\\u2690-\\u2705\\u2708-\\u2712\\u2714\\u2716\\u271D\\u2721\\u2728\\u2733\\u2734\\u2744\\u2747" +
        "\\u274C\\u274E\\u2753-\\u2755\\u2757\\u2763-\\u2767\\u2795-\\u2797\\u27A1\\u27B0\\u27BF\\u2934\\u2935" +
        "\\u2B05-\\u2B07\\u2B1B\\u2B1C\\u2B50\\u2B55\\u3030\\u303D\\u3297\\u3299\\u{1F000}-\\u{1F0FF}\\u{1F10D}-\\u{1F10F}" +
        "\\u{1F12F}\\u{1F16C}-\\u{1F171}\\u{1F17E}\\u{1F17F}\\u{1F18E}\\u{1F191}-\\u{1F19A}\\u{1F1AD}-\\u{1F1E5}" +
        "\\u{1F201}-\\u{1F20F}\\u{1F21A}\\u{1F22F}\\u{1F232}-\\u{1F23A}\\u{1F23C}-\\u{1F23F}\\u{1F249}-\\u{1F3FA}" +
        "\\u{1F400}-\\u{1F53D}\\u{1F546}-\\u{1F64F}\\u{1F680}-\\u{1F6FF}\\u{1F774}-\\u{1F77F}\\u{1F7D5}-\\u{1F7FF}" +
        "\\u{1F80C}-\\u{1F80F}\\u{1F848}-\\u{1F84F}\\u{1F85A}-\\u{1F85F}\\u{1F888}-\\u{1F88F}\\u{1F8AE}-\\u{1F8FF}" +
        "\\u{1F90C}-\\u{1F93A}\\u{1F93C}-\\u{1F945}\\u{1F947}-\\u{1FFFD}]",
      EM: modifier,
      KCB: "[0-9#*]",
      KC: "\\u20E3",
      TS: "[\\u{E0020}-\\u{E007E}]",
      TT: "\\u{E007F}",
      RI: "[\\u{1F1E6}-\\u{1F1FF}]"
    };
  }

  /* The grammar's rules as one NFA, "CLASS:next" per state. Lucene lets FEZ follow every element of a word,
     hence the FEZ loops. The start state is shared, so the longest match over all rules wins, as in JFlex. */
  var RULES = {
    START: "X:wX0 K:wK N:wN A:wA H:wH SA:sea ONE:one ZWJ:e0 EC:eC EM:eM KCB:k1 RI:r1",
    // <ALPHANUM> and <NUM> (UAX#29 WB5-WB13b): ExtendNumLet* (Katakana+ | (HebrewQuote | Numeric+ | Letter+)+)
    // joined by ExtendNumLet, MidLetter between letters and MidNum between digits.
    wX0: "FEZ:wX0 X:wX0 K:wK N:wN A:wA H:wH",
    wX: "FEZ:wX X:wX K:wK N:wN A:wA H:wH",
    wK: "FEZ:wK K:wK X:wX",
    wN: "FEZ:wN N:wN A:wA H:wH MN:wNM X:wX",
    wNM: "FEZ:wNM N:wN",
    wA: "FEZ:wA A:wA H:wH N:wN ML:wAM X:wX",
    wH: "FEZ:wH A:wA H:wH N:wN ML:wAM X:wX SQ:wHQ DQ:wHD", // WB7a-c: Hebrew letter ' and Hebrew " Hebrew
    wAM: "FEZ:wAM A:wA", // a Hebrew letter after MidLetter continues the word: it starts no quote rule
    wHQ: "FEZ:wHQ A:wA H:wH N:wN X:wX",
    wHD: "FEZ:wHD H:wHQ",
    // <SOUTHEAST_ASIAN>, and <IDEOGRAPHIC> / <HIRAGANA> one character at a time.
    sea: "FEZ:sea SA:sea",
    one: "FEZ:one",
    // <EMOJI>: ZWJ* emoji (FE0F | modifier)?, chained by ZWJ or ended by a tag sequence; keycaps; flags.
    e0: "ZWJ:e0 EC:eC",
    eC: "ES:eC PRES:eCF ZWJ:j",
    eCF: "ZWJ:j TS:t",
    eM: "ES:eM ZWJ:j",
    j: "ZWJ:j2 EC:eC2 EM:eM",
    j2: "ZWJ:j2 EC:eC2", // a lone modifier takes no leading ZWJ of its own
    eC2: "ES:eC2 PRES:eCF2 ZWJ:j", // in a ZWJ chain no tag sequence may follow
    eCF2: "ZWJ:j",
    t: "TS:t TT:tEnd",
    tEnd: "",
    k1: "ES:k1 PRES:k2 KC:k3",
    k2: "KC:k3",
    k3: "ES:k3",
    r1: "FEZ:r1 RI:r2",
    r2: "FEZ:r2"
  };
  var ACCEPTING = "wX wK wN wA wH wHQ sea one eC eCF eM eC2 eCF2 tEnd k3 r2";

  function compileClasses(sources) {
    return Object.keys(sources).map(function (name, i) {
      return { name: name, bit: 1 << i, re: new RegExp("^(?:" + sources[name] + ")$", "u") };
    });
  }

  var classTests;
  try {
    classTests = compileClasses(classSources(true));
  } catch (e) {
    classTests = compileClasses(classSources(false));
  }
  var classCache = new Map();
  var states = Object.keys(RULES);
  var accepting = 0;
  ACCEPTING.split(" ").forEach(function (state) { accepting |= 1 << states.indexOf(state); });
  var transitions = states.map(function (state) {
    return RULES[state].split(" ").filter(Boolean).map(function (edge) {
      var parts = edge.split(":");
      var test = classTests.filter(function (c) { return c.name === parts[0]; })[0];
      // Classes the fallback lacks match nothing.
      return { classes: test ? test.bit : 0, next: 1 << states.indexOf(parts[1]) };
    });
  });

  function classesOf(codePoint) {
    var found = classCache.get(codePoint);
    if (found === undefined) {
      var ch = String.fromCodePoint(codePoint);
      found = 0;
      for (var i = 0; i < classTests.length; i++) {
        if (classTests[i].re.test(ch)) {
          found |= classTests[i].bit;
        }
      }
      classCache.set(codePoint, found);
    }
    return found;
  }

  // End of the longest token starting at `start`, or -1 where none starts.
  function tokenEnd(text, start) {
    var active = 1, end = -1;
    for (var i = start; i < text.length && active;) {
      var codePoint = text.codePointAt(i);
      var width = codePoint > 0xFFFF ? 2 : 1;
      if (i + width - start > MAX_TOKEN_LENGTH) {
        break;
      }
      var classes = classesOf(codePoint), next = 0;
      for (var s = 0; s < transitions.length; s++) {
        if (active & (1 << s)) {
          var edges = transitions[s];
          for (var e = 0; e < edges.length; e++) {
            if (classes & edges[e].classes) {
              next |= edges[e].next;
            }
          }
        }
      }
      active = next;
      i += width;
      if (active & accepting) {
        end = i;
      }
    }
    return end;
  }

  /* ---- Filters ---- */

  // LowerCaseFilter: Java's Character.toLowerCase per code point. JavaScript's toLowerCase applies full case
  // mappings: U+0130 would become "i̇" (Java: "i") and a word-final Σ "ς" (per code point it stays "σ").
  // Then AccentFolding (SearchIndex.java): marks U+0300-U+036F on a letter a-z go after canonical
  // decomposition, and a few letters are spelt out; other scripts keep their marks.
  function normalize(word) {
    return fold(word.replace(/[A-Z\u0080-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]/g, function (ch) {
      return ch === "\u0130" ? "i" : ch.toLowerCase();
    }));
  }

  var SPELT = { "\u00DF": "ss", "\u00E6": "ae", "\u0153": "oe", "\u00F8": "o", "\u0142": "l", "\u0111": "d", "\u00F0": "d", "\u00FE": "th" };

  function fold(word) {
    if (!/[^\u0000-\u007F]/.test(word)) return word;
    var decomposed = word.normalize("NFD");
    var bare = decomposed.replace(/([a-z])[\u0300-\u036F]+/g, "$1");
    var folded = bare === decomposed ? word : bare.normalize("NFC");
    return folded.replace(/[\u00DF\u00E6\u0153\u00F8\u0142\u0111\u00F0\u00FE]/g, function (ch) { return SPELT[ch]; });
  }

  // EnglishPossessiveFilter: a trailing 's (any apostrophe Lucene knows, either case of s) goes.
  function withoutPossessive(term) {
    return /['\u2019\uFF07][sS]$/.test(term) ? term.slice(0, -2) : term;
  }

  function isStopWord(term) {
    return STOP_WORDS.hasOwnProperty(term);
  }

  /* PorterStemFilter: Martin Porter's algorithm as Lucene's PorterStemmer implements it (his reference code,
     with its departures from the paper: 'bli' -> 'ble', 'logi' -> 'log', and words of one or two letters
     left alone). It works on UTF-16 units; anything but a-z counts as a consonant. */
  var STEP2 = [["ational", "ate"], ["tional", "tion"], ["enci", "ence"], ["anci", "ance"], ["izer", "ize"],
    ["bli", "ble"], ["alli", "al"], ["entli", "ent"], ["eli", "e"], ["ousli", "ous"], ["ization", "ize"],
    ["ation", "ate"], ["ator", "ate"], ["alism", "al"], ["iveness", "ive"], ["fulness", "ful"],
    ["ousness", "ous"], ["aliti", "al"], ["iviti", "ive"], ["biliti", "ble"], ["logi", "log"]];
  var STEP3 = [["icate", "ic"], ["ative", ""], ["alize", "al"], ["iciti", "ic"], ["ical", "ic"], ["ful", ""],
    ["ness", ""]];
  var STEP4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
    "ism", "ate", "iti", "ous", "ive", "ize"];

  function stem(word) {
    if (word.length <= 2) {
      return word;
    }
    var b = word.split("");
    var k = b.length - 1; // last character of the word as it stands
    var j = 0;            // last character of the stem before the suffix `ends` found

    function consonant(i) {
      switch (b[i]) {
        case "a": case "e": case "i": case "o": case "u": return false;
        case "y": return i === 0 || !consonant(i - 1);
        default: return true;
      }
    }
    // m: the number of vowel-consonant sequences in b[0..j].
    function measure() {
      var n = 0, i = 0;
      while (i <= j && consonant(i)) i++;
      while (i <= j) {
        while (i <= j && !consonant(i)) i++;
        if (i > j) break;
        n++;
        while (i <= j && consonant(i)) i++;
      }
      return n;
    }
    function vowelInStem() {
      for (var i = 0; i <= j; i++) {
        if (!consonant(i)) return true;
      }
      return false;
    }
    function doubleConsonant(i) {
      return i >= 1 && b[i] === b[i - 1] && consonant(i);
    }
    // consonant-vowel-consonant ending at i, the last consonant not w, x or y: "hop", not "hoop" or "snow".
    function cvc(i) {
      return i >= 2 && consonant(i) && !consonant(i - 1) && consonant(i - 2) && "wxy".indexOf(b[i]) < 0;
    }
    function ends(suffix) {
      var at = k - suffix.length + 1;
      if (at < 0 || b.slice(at, k + 1).join("") !== suffix) return false;
      j = at - 1;
      return true;
    }
    function setTo(replacement) {
      for (var i = 0; i < replacement.length; i++) b[j + 1 + i] = replacement.charAt(i);
      k = j + replacement.length;
    }
    function replaceIfMeasured(rules) {
      for (var i = 0; i < rules.length; i++) {
        if (ends(rules[i][0])) {
          if (measure() > 0) setTo(rules[i][1]);
          return;
        }
      }
    }

    // Step 1ab: plurals, -ed, -ing.
    if (b[k] === "s") {
      if (ends("sses")) k -= 2;
      else if (ends("ies")) setTo("i");
      else if (b[k - 1] !== "s") k--;
    }
    if (ends("eed")) {
      if (measure() > 0) k--;
    } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
      k = j;
      if (ends("at")) setTo("ate");
      else if (ends("bl")) setTo("ble");
      else if (ends("iz")) setTo("ize");
      else if (doubleConsonant(k)) {
        if ("lsz".indexOf(b[k]) < 0) k--;
      } else if (measure() === 1 && cvc(k)) setTo("e");
    }
    // Step 1c: y -> i after a vowel in the stem.
    if (ends("y") && vowelInStem()) b[k] = "i";
    // Steps 2 and 3: double and other suffixes to simpler ones.
    replaceIfMeasured(STEP2);
    replaceIfMeasured(STEP3);
    // Step 4: drop a suffix where m > 1 (-ion only after s or t).
    for (var i = 0; i < STEP4.length; i++) {
      if (ends(STEP4[i])) {
        if ((STEP4[i] !== "ion" || (j >= 0 && (b[j] === "s" || b[j] === "t"))) && measure() > 1) k = j;
        break;
      }
    }
    // Step 5: a final -e where m > 1 (or m = 1 and not cvc), and -ll to -l where m > 1.
    j = k;
    if (b[k] === "e") {
      var m = measure();
      if (m > 1 || (m === 1 && !cvc(k - 1))) k--;
    }
    if (b[k] === "l" && doubleConsonant(k) && measure() > 1) k--;
    return b.slice(0, k + 1).join("");
  }

  /* ---- The analyzer ---- */

  // EnglishAnalyzer.tokenStream: terms with Lucene's UTF-16 offsets and absolute positions, where removed stop
  // words leave gaps.
  function tokens(text) {
    var out = [], position = -1, increment = 0;
    for (var start = 0; start < text.length;) {
      var end = tokenEnd(text, start);
      if (end < 0) {
        start += text.codePointAt(start) > 0xFFFF ? 2 : 1;
        continue;
      }
      increment++;
      var term = normalize(withoutPossessive(text.slice(start, end)));
      if (!isStopWord(term)) {
        position += increment;
        increment = 0;
        out.push({ term: stem(term), start: start, end: end, position: position });
      }
      start = end;
    }
    return out;
  }

  // SearchText.normalize: NFKC, zero-width characters out, Java's \s runs to one space, String.trim().
  function normalizeText(text) {
    return text.normalize("NFKC").replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
      .replace(/[ \t\n\u000B\f\r]+/g, " ").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  }

  return { normalizeText: normalizeText, tokens: tokens, normalize: normalize, stem: stem, isStopWord: isStopWord };
})();
