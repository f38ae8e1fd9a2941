/*
 * studysite search engine: replays the build-time Lucene ranking in the browser, from disk too.
 *
 * The index ships as classic scripts under _studysite/search/ (file:// forbids fetch and modules);
 * each calls studysiteSearch.receive(name, data). Scores are recomputed from integers exactly as
 * Lucene 9.12's BM25Similarity does, with Math.fround after every float operation in Java's order,
 * clause scores summed in double and rounded once per nesting level, ties broken by Lucene's doc id.
 * Each query word is looked up in every word field (body, note names, headings; io.studysite.search.
 * SearchField), each with its own statistics and boost from the manifest; adjacent words add an
 * optional bonus from the pair field. The query is taken apart exactly as io.studysite.search.QueryText
 * and SearchQuery do; keep the two in step.
 * Needs studysiteAnalyzer (search-analyzer.js).
 */
var studysiteSearch = (function () {
  'use strict';
  var K1 = Math.fround(1.2);
  var B = 0.75;
  var MIN_PREFIX = 2;
  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var DIGIT = new Int8Array(128);
  for (var a = 0; a < ALPHABET.length; a++) DIGIT[ALPHABET.charCodeAt(a)] = a;

  var base = '';
  var waiting = {};   // file name -> {resolve, reject}
  var loads = {};     // file name -> promise of its data
  var loaded = [];    // file names in load order, for the benchmark
  var manifest = null;
  var fields = null;  // field name -> {mark, boost, docCount, normInverse}
  var chunks = {};    // term chunk index -> {terms: [...], byTerm: Map}
  var analyzer = function () { return window.studysiteAnalyzer; };

  function receive(name, data) {
    var w = waiting[name];
    if (w) { delete waiting[name]; w.resolve(typeof data === 'string' ? unpack(data) : data); }
  }

  /**
   * A packed shard's data: JSON deflated into base64 (io.studysite.search.Packed). Inflated by the
   * browser's own DecompressionStream on bytes already in memory, so no fetch is involved and it works
   * from file:// too.
   */
  function unpack(base64) {
    var binary = atob(base64), bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    var inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(inflated).text().then(JSON.parse);
  }

  /** Loads one shard as a classic script, once. */
  function load(name) {
    if (!loads[name]) {
      loads[name] = new Promise(function (resolve, reject) {
        waiting[name] = { resolve: resolve, reject: reject };
        var script = document.createElement('script');
        script.src = base + name + '.js';
        script.async = true;
        script.onerror = function () {
          delete waiting[name];
          delete loads[name];
          reject(new Error('cannot load the search shard ' + name));
        };
        loaded.push(name);
        document.head.appendChild(script);
      });
    }
    return loads[name];
  }

  /** Lucene's SmallFloat.byte4ToInt: the field length a norm byte stands for. */
  function byte4ToInt(b) {
    var freeValues = 24;  // 255 - longToInt4(Integer.MAX_VALUE)
    if (b < freeValues) return b;
    var i = b - freeValues;
    var bits = i & 0x07;
    var shift = (i >>> 3) - 1;
    var decoded = freeValues + (shift === -1 ? bits : (bits | 0x08) * Math.pow(2, shift));
    return Math.min(decoded, 2147483647);
  }

  function ready() {
    if (manifest) return Promise.resolve(manifest);
    return load('manifest').then(function (m) {
      if (!manifest) {
        manifest = m;
        fields = {};
        m.fields.forEach(function (f) {
          var avgdl = Math.fround(f.sumTotalTermFreq / f.docCount), normInverse = new Float64Array(256);
          for (var i = 0; i < 256; i++) {
            var length = Math.fround(byte4ToInt(i));
            var t = Math.fround(Math.fround(B * length) / avgdl);
            normInverse[i] = Math.fround(1 / Math.fround(K1 * Math.fround(Math.fround(1 - B) + t)));
          }
          fields[f.name] = { mark: f.mark, boost: Math.fround(f.boost), docCount: f.docCount, normInverse: normInverse };
        });
      }
      return manifest;
    });
  }

  /** Lucene orders terms by UTF-8 bytes, which is code point order. */
  function compareTerms(x, y) {
    var i = 0, j = 0;
    while (i < x.length && j < y.length) {
      var cx = x.codePointAt(i), cy = y.codePointAt(j);
      if (cx !== cy) return cx < cy ? -1 : 1;
      i += cx > 0xFFFF ? 2 : 1;
      j += cy > 0xFFFF ? 2 : 1;
    }
    return (x.length - i) - (y.length - j);
  }

  /** The term chunk a term would sit in: the last whose first term is not after it. */
  function chunkOf(term) {
    var firsts = manifest.termChunks, lo = 0, hi = firsts.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (compareTerms(firsts[mid], term) <= 0) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  function termChunk(index) {
    if (chunks[index]) return Promise.resolve(chunks[index]);
    // An index without terms (no note has any text) has no chunk to load: every term is absent.
    if (!manifest.termChunks.length) return Promise.resolve({ entries: [], byTerm: new Map() });
    return load('terms-' + index).then(function (entries) {
      if (!chunks[index]) {
        var byTerm = new Map();
        entries.forEach(function (e) { byTerm.set(e[0], e); });
        chunks[index] = { entries: entries, byTerm: byTerm };
      }
      return chunks[index];
    });
  }

  /** A term's postings entry [term, df, encoded], or null when the index does not hold it. */
  function lookup(term) {
    return termChunk(chunkOf(term)).then(function (chunk) { return chunk.byTerm.get(term) || null; });
  }

  /** The varints of a string (count of them, when known), in order: five bits per character, low first, upper half "more follows". */
  function decode(text, count) {
    var values = new Float64Array(count === undefined ? text.length : count), n = 0, value = 0, scale = 1;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      value += (digit & 31) * scale;
      if (digit < 32) { values[n++] = value; value = 0; scale = 1; } else { scale *= 32; }
    }
    return n === values.length ? values : values.subarray(0, n);
  }

  /** {docs, freqs, norms} of an entry, decoded once. */
  function postings(entry) {
    if (!entry.decoded) {
      var n = entry[1], flat = decode(entry[2], 2 * n);
      var docs = new Int32Array(n), freqs = new Int32Array(n), norms = new Uint8Array(n), doc = 0;
      for (var i = 0; i < n; i++) {
        var packed = flat[2 * i + 1];
        doc += flat[2 * i];
        docs[i] = doc;
        freqs[i] = (packed >>> 8) + 1;
        norms[i] = packed & 255;
      }
      entry.decoded = { docs: docs, freqs: freqs, norms: norms };
    }
    return entry.decoded;
  }

  /** BM25Similarity's idf in a field, computed in double and cast to float as Java does. */
  function idf(df, field) {
    var n = field.docCount;
    return Math.fround(Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }

  /** Lucene's BM25Scorer.score: weight − weight / (1 + freq · normInverse), all in float. */
  function impact(weight, freq, norm, field) {
    return Math.fround(weight - Math.fround(weight / Math.fround(1 + Math.fround(freq * field.normInverse[norm]))));
  }

  /** A clause's matches: ascending doc ids and their scores, aligned. */
  function clause(docs, scores) { return { docs: docs, scores: scores }; }

  var NO_MATCH = clause(new Int32Array(0), new Float64Array(0));

  /** One term clause in a field, scored with the field's boost times count (SearchQuery.inField). */
  function termClause(entry, field, count) {
    if (!entry) return NO_MATCH;
    var boost = Math.fround(field.boost * count);
    var p = postings(entry), weight = Math.fround(boost * idf(entry[1], field)), scores = new Float64Array(p.docs.length);
    for (var i = 0; i < p.docs.length; i++) scores[i] = impact(weight, p.freqs[i], p.norms[i], field);
    return clause(p.docs, scores);
  }

  /** A disjunction of clauses: per doc the scores summed in double, cast to float once (DisjunctionSumScorer). */
  function anyOf(clauses) {
    if (clauses.length === 1) return clauses[0];
    var sums = new Map();
    clauses.forEach(function (one) {
      for (var i = 0; i < one.docs.length; i++) sums.set(one.docs[i], (sums.get(one.docs[i]) || 0) + one.scores[i]);
    });
    sums.forEach(function (sum, doc) { sums.set(doc, Math.fround(sum)); });
    return fromMap(sums);
  }

  /** The word fields, in SearchField order: every query word is looked up in each. */
  var WORD_FIELDS = ['content', 'names', 'headings'];

  /** One query word: its term in any word field, each boosted (SearchQuery: one required disjunction). */
  function wordClause(term, count) {
    return Promise.all(WORD_FIELDS.map(function (name) { return lookup(fields[name].mark + term); })).then(function (entries) {
      return anyOf(entries.map(function (e, i) { return termClause(e, fields[WORD_FIELDS[i]], count); }));
    });
  }

  /** A clause from doc -> score pairs. */
  function fromMap(map) {
    var docs = Int32Array.from(map.keys()).sort(), scores = new Float64Array(docs.length);
    for (var i = 0; i < docs.length; i++) scores[i] = map.get(docs[i]);
    return clause(docs, scores);
  }

  /** QueryText.parse: phrases, loose words and the unfinished last word. */
  function parse(typed, typing) {
    var text = analyzer().normalizeText(typed.replace(/[\u201C\u201D]/g, '"'));
    var prefix = null;
    if (typing && typed.length && !/\s/.test(typed.charAt(typed.length - 1))) {
      var last = /[\p{L}\p{N}]+$/u.exec(text);
      if (last) { prefix = last[0]; text = text.slice(0, last.index); }
    }
    var phrases = [];
    var words = text.replace(/"([^"]*)"/g, function (all, phrase) { phrases.push(phrase); return ' '; }).replace(/"/g, ' ');
    return { words: words, phrases: phrases, prefix: prefix };
  }

  function terms(text) {
    return analyzer().tokens(analyzer().normalizeText(text)).map(function (t) { return t.term; });
  }

  /** SearchQuery: required terms with their counts, phrases with positions and counts, the prefix to expand. */
  function plan(text, typing) {
    var parsed = parse(text, typing);
    var counts = new Map(), phrases = new Map(), pairs = new Map(), words = terms(parsed.words);
    words.forEach(function (t) { counts.set(t, (counts.get(t) || 0) + 1); });
    // SearchQuery.pairCounts: adjacent terms of the loose words, for the optional pair bonus.
    for (var w = 0; w + 1 < words.length; w++) {
      var pair = words[w] + ' ' + words[w + 1];
      pairs.set(pair, (pairs.get(pair) || 0) + 1);
    }
    parsed.phrases.forEach(function (phrase) {
      var tokens = analyzer().tokens(analyzer().normalizeText(phrase));
      if (tokens.length === 1) {
        counts.set(tokens[0].term, (counts.get(tokens[0].term) || 0) + 1);
      } else if (tokens.length > 1) {
        var start = tokens[0].position;
        var parts = tokens.map(function (t) { return { term: t.term, offset: t.position - start }; });
        var key = JSON.stringify(parts);
        var seen = phrases.get(key);
        phrases.set(key, { parts: parts, count: seen ? seen.count + 1 : 1 });
      }
    });
    var prefix = parsed.prefix === null ? null : analyzer().normalize(parsed.prefix);
    if (prefix !== null && (prefix.length < MIN_PREFIX || analyzer().isStopWord(prefix))) prefix = null;
    return { counts: counts, pairs: pairs, phrases: Array.from(phrases.values()), prefix: prefix, typedPrefix: parsed.prefix };
  }

  /** SearchQuery.completions: indexed terms the prefix starts (first 128 in term order) and its own stems. */
  function completions(prefix) {
    var found = [];
    function walk(index) {
      return termChunk(index).then(function (chunk) {
        var entries = chunk.entries, lo = 0, hi = entries.length;
        while (lo < hi) {
          var mid = (lo + hi) >> 1;
          if (compareTerms(entries[mid][0], prefix) < 0) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < entries.length && found.length < manifest.maxCompletions; i++) {
          if (entries[i][0].indexOf(prefix) !== 0) return null;
          found.push(entries[i]);
        }
        var next = index + 1;
        if (found.length < manifest.maxCompletions && next < manifest.termChunks.length
            && manifest.termChunks[next].indexOf(prefix) === 0) {
          return walk(next);
        }
        return null;
      });
    }
    return walk(chunkOf(prefix)).then(function () {
      return Promise.all(terms(prefix).map(lookup));
    }).then(function (stems) {
      var byTerm = new Map();
      found.forEach(function (e) { byTerm.set(e[0], e); });
      stems.forEach(function (e) { if (e) byTerm.set(e[0], e); });
      // Java's TreeSet<String>: UTF-16 order.
      return Array.from(byTerm.keys()).sort(function (x, y) { return x < y ? -1 : x > y ? 1 : 0; })
        .slice(0, manifest.maxCompletions).map(function (t) { return byTerm.get(t); });
    });
  }

  // ---- the doc store -------------------------------------------------------------------------

  var docChunks = new Map();  // doc chunk index -> its sections, once loaded

  /**
   * Sections by doc id: {doc, title, headings, url, text, tags, services}. A section's chunk holds all of
   * them, so the results shown need one round of loads.
   */
  function docs(ids) {
    return ready().then(function () {
      var per = manifest.docsPerChunk, needed = [];
      ids.forEach(function (id) { var c = Math.floor(id / per); if (needed.indexOf(c) < 0) needed.push(c); });
      return Promise.all(needed.map(function (c) {
        return load('docs-' + c).then(function (d) { docChunks.set(c, d); });
      }));
    }).then(function () {
      return ids.map(function (id) {
        var d = docChunks.get(Math.floor(id / manifest.docsPerChunk))[id % manifest.docsPerChunk];
        return { doc: id, title: d[0], headings: d[1], url: d[2], text: d[3], tags: d[4], services: d[5] };
      });
    });
  }

  /** Whether the sections are at hand without loading anything: the box waits for a settled query otherwise. */
  function hasDocs(ids) {
    return !!manifest && ids.every(function (id) { return docChunks.has(Math.floor(id / manifest.docsPerChunk)); });
  }

  /** How often the phrase occurs in a section's searched text (heading path, then text), as ExactPhraseMatcher counts. */
  function phraseFreq(section, parts) {
    var content = section.headings.join('\n') + '\n' + section.text;
    var at = new Map();
    analyzer().tokens(content).forEach(function (t) {
      if (!at.has(t.term)) at.set(t.term, new Set());
      at.get(t.term).add(t.position);
    });
    var first = at.get(parts[0].term), freq = 0;
    if (!first) return 0;
    first.forEach(function (p) {
      for (var i = 1; i < parts.length; i++) {
        var positions = at.get(parts[i].term);
        if (!positions || !positions.has(p + parts[i].offset)) return;
      }
      freq++;
    });
    return freq;
  }

  /** A phrase clause: docs holding every word, scored on the phrase's frequency with the summed idf. */
  function phraseScores(phrase) {
    return Promise.all(phrase.parts.map(function (p) { return lookup(p.term); })).then(function (entries) {
      if (entries.some(function (e) { return !e; })) return NO_MATCH;
      var idfSum = 0;
      entries.forEach(function (e) { idfSum += idf(e[1], fields.content); });
      var weight = Math.fround(phrase.count * Math.fround(idfSum));
      var norms = new Map(), candidates = null;
      entries.forEach(function (e) {
        var p = postings(e), here = new Set();
        for (var i = 0; i < p.docs.length; i++) {
          if (!candidates || candidates.has(p.docs[i])) { here.add(p.docs[i]); norms.set(p.docs[i], p.norms[i]); }
        }
        candidates = here;
      });
      var ids = Array.from(candidates);
      return docs(ids).then(function (sections) {
        var scores = new Map();
        sections.forEach(function (s) {
          var freq = phraseFreq(s, phrase.parts);
          if (freq > 0) scores.set(s.doc, impact(weight, freq, norms.get(s.doc), fields.content));
        });
        return fromMap(scores);
      });
    });
  }

  // ---- notes -----------------------------------------------------------------------------------

  var SECTIONS_PER_NOTE = 3;
  var noteOf = null;  // doc id -> note number (a note's sections are consecutive doc ids)

  function notes() {
    if (noteOf) return Promise.resolve(noteOf);
    return load('notes').then(function (data) {
      var counts = decode(data), of = new Int32Array(manifest.sections), doc = 0;
      for (var n = 0; n < counts.length; n++) for (var i = 0; i < counts[n]; i++) of[doc++] = n;
      noteOf = of;
      return noteOf;
    });
  }

  /**
   * SearchResults: hits by note, each note at the rank of its best section, with its best sections in
   * rank order: [{note, hits: [first SECTIONS_PER_NOTE hits], docs: [every matching doc id]}].
   */
  function byNote(hits, of) {
    var groups = [], at = new Map();
    hits.forEach(function (hit) {
      var n = of[hit.doc], group = at.get(n);
      if (!group) { group = { note: n, hits: [], docs: [] }; at.set(n, group); groups.push(group); }
      if (group.hits.length < SECTIONS_PER_NOTE) group.hits.push(hit);
      group.docs.push(hit.doc);
    });
    return groups;
  }

  // ---- facets ----------------------------------------------------------------------------------

  var facetSets = null;

  /** {tag: {key: {name, docs: Set}}, service: {...}} */
  function facets() {
    if (facetSets) return Promise.resolve(facetSets);
    return load('facets').then(function (data) {
      facetSets = {};
      ['tag', 'service'].forEach(function (kind) {
        facetSets[kind] = {};
        Object.keys(data[kind]).forEach(function (key) {
          var runs = decode(data[kind][key][1]), set = new Set(), end = 0;
          for (var i = 0; i < runs.length; i += 2) {
            var start = end + runs[i];
            for (var d = start; d < start + runs[i + 1]; d++) set.add(d);
            end = start + runs[i + 1];
          }
          facetSets[kind][key] = { name: data[kind][key][0], docs: set };
        });
      });
      return facetSets;
    });
  }

  // ---- did you mean ----------------------------------------------------------------------------

  /** Suggestion.maxEdits. */
  function maxEdits(length) { return length < 4 ? 0 : length < 6 ? 1 : 2; }

  /** Optimal string alignment distance over code points. */
  function distance(a, b) {
    var d = [];
    for (var i = 0; i <= a.length; i++) { d.push([i]); }
    for (var j = 1; j <= b.length; j++) d[0][j] = j;
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length][b.length];
  }

  function closest(word) {
    var typed = Array.from(word), allowed = maxEdits(typed.length);
    if (allowed === 0) return Promise.resolve(null);
    var lengths = manifest.wordLengths.filter(function (l) { return Math.abs(l - typed.length) <= allowed; });
    return Promise.all(lengths.map(function (l) { return load('words-' + l); })).then(function (lists) {
      var best = null, bestDf = 0, bestDistance = allowed + 1;
      lists.forEach(function (flat) {
        for (var i = 0; i < flat.length; i += 2) {
          var dist = distance(typed, Array.from(flat[i]));
          if (dist < bestDistance || (dist === bestDistance && best !== null
              && (flat[i + 1] > bestDf || (flat[i + 1] === bestDf && flat[i] < best)))) {
            best = flat[i]; bestDf = flat[i + 1]; bestDistance = dist;
          }
        }
      });
      return bestDistance <= allowed ? best : null;
    });
  }

  /** Suggestion.of: each word no note uses replaced by the closest word the notes use, or null. */
  function suggest(typedText, typing) {
    var text = analyzer().normalizeText(typedText);
    var finished = !typing || !typedText.length || /\s/.test(typedText.charAt(typedText.length - 1));
    var words = analyzer().tokens(text).map(function (t) {
      return { word: surface(text.slice(t.start, t.end)), term: t.term, start: t.start, end: t.end };
    });
    return Promise.all(words.map(function (w) {
      return lookup(w.term).then(function (entry) {
        if (entry) return null;
        var unfinished = !finished && w.end === text.length;
        return (unfinished ? completions(w.word) : Promise.resolve([])).then(function (done) {
          return done.some(function (e) { return e[0].indexOf(w.word) === 0; }) ? null : closest(w.word);
        });
      });
    })).then(function (replacements) {
      var out = '', copied = 0;
      words.forEach(function (w, i) {
        if (replacements[i] !== null) { out += text.slice(copied, w.start) + replacements[i]; copied = w.end; }
      });
      return copied === 0 ? null : out + text.slice(copied);
    });
  }

  /** A token as the notes' word list holds it: lower-cased, without a possessive. */
  function surface(token) {
    return analyzer().normalize(token).replace(/['\u2019\uFF07][sS]$/, '');
  }

  // ---- search ----------------------------------------------------------------------------------

  /**
   * The docs every clause matches, scored as Lucene's conjunction does: clause scores summed in
   * double in clause order, rounded to float once. Walks the rarest clause and advances a cursor in
   * each other one, so no per-doc map is built.
   */
  function conjunction(clauses, accept) {
    var lead = 0;
    for (var c = 1; c < clauses.length; c++) if (clauses[c].docs.length < clauses[lead].docs.length) lead = c;
    var cursors = new Int32Array(clauses.length), docs = [], scores = [];
    var leadDocs = clauses[lead].docs;
    outer:
    for (var i = 0; i < leadDocs.length; i++) {
      var doc = leadDocs[i];
      if (accept && !accept(doc)) continue;
      for (c = 0; c < clauses.length; c++) {
        if (c === lead) { cursors[c] = i; continue; }
        var other = clauses[c].docs, at = cursors[c];
        while (at < other.length && other[at] < doc) at++;
        cursors[c] = at;
        if (at === other.length || other[at] !== doc) continue outer;
      }
      var sum = 0;
      for (c = 0; c < clauses.length; c++) sum += clauses[c].scores[cursors[c]];
      docs.push(doc);
      scores.push(Math.fround(sum));
    }
    return { docs: docs, scores: scores };
  }

  /**
   * The required score plus the optional clauses' disjunction where it matches, added in float as
   * Lucene's ReqOptSumScorer does.
   */
  function withBonus(matches, optional) {
    if (!optional.length) return matches;
    var bonus = anyOf(optional), at = 0;
    for (var i = 0; i < matches.docs.length; i++) {
      while (at < bonus.docs.length && bonus.docs[at] < matches.docs[i]) at++;
      if (at < bonus.docs.length && bonus.docs[at] === matches.docs[i]) {
        matches.scores[i] = Math.fround(matches.scores[i] + bonus.scores[at]);
      }
    }
    return matches;
  }

  /** Hits best first: float score descending, then Lucene doc id ascending, as TopScoreDocCollector. */
  function ranked(matches) {
    var n = matches.docs.length, order = new Float64Array(n), scratch = new Float32Array(1), bits = new Int32Array(scratch.buffer);
    for (var i = 0; i < n; i++) {
      scratch[0] = matches.scores[i];
      // Positive floats order as their bit patterns: one numeric key sorts by score, then position.
      order[i] = (0x7FFFFFFF - bits[0]) * 4194304 + i;
    }
    order.sort();
    var hits = new Array(n);
    for (i = 0; i < n; i++) {
      var at = order[i] % 4194304;
      hits[i] = { doc: matches.docs[at], score: matches.scores[at] };
    }
    return hits;
  }

  /** Per tag and service, how many of the notes found have a matching section carrying it (about it, for a service). */
  function facetCounts(groups, sets) {
    var counts = { tag: [], service: [] };
    ['tag', 'service'].forEach(function (kind) {
      Object.keys(sets[kind]).forEach(function (key) {
        var n = 0, docs = sets[kind][key].docs;
        for (var i = 0; i < groups.length; i++) if (groups[i].docs.some(function (d) { return docs.has(d); })) n++;
        if (n > 0) counts[kind].push({ key: key, name: sets[kind][key].name, count: n });
      });
      counts[kind].sort(function (x, y) { return y.count - x.count || (x.name < y.name ? -1 : 1); });
    });
    return counts;
  }

  /**
   * Runs a query. options: typing (last word unfinished), services and tags (filter keys), counts
   * (count notes per tag and service; loads the facet data), respell (when nothing matches, run the
   * respelling instead). Resolves to {query: the text run, hits: [{doc, score}], notes: [{note, hits, docs}],
   * counts: {tag: [{key, name, count}], service: [...]} or null, terms: [analysed terms], prefix,
   * completions: [terms], suggestion, respelt: whether query is the respelling of what was asked}.
   */
  function search(text, options) {
    options = options || {};
    var query, typing = !!options.typing;
    var filtering = (options.services || []).length + (options.tags || []).length > 0;
    return ready().then(function () {
      return typing ? false : completesLastWord(text);
    }).then(function (asPrefix) {
      if (asPrefix) { text = analyzer().normalizeText(text); typing = true; }
      query = plan(text, typing);
      var clauses = [];
      if (query.prefix !== null) {
        // One flat disjunction of every completion in every word field.
        clauses.push(completions(query.prefix).then(function (entries) {
          query.completions = entries.map(function (e) { return e[0]; });
          var wanted = [];
          entries.forEach(function (e) {
            WORD_FIELDS.forEach(function (name) { wanted.push({ field: fields[name], term: fields[name].mark + e[0] }); });
          });
          return Promise.all(wanted.map(function (w) { return lookup(w.term); })).then(function (found) {
            return anyOf(found.map(function (e, i) { return termClause(e, wanted[i].field, 1); }));
          });
        }));
      }
      query.counts.forEach(function (count, term) { clauses.push(wordClause(term, count)); });
      query.phrases.forEach(function (phrase) { clauses.push(phraseScores(phrase)); });
      var bonus = [];
      query.pairs.forEach(function (count, pair) {
        bonus.push(lookup(fields.pair.mark + pair).then(function (entry) { return termClause(entry, fields.pair, count); }));
      });
      return Promise.all([Promise.all(clauses), filtering || options.counts ? facets() : null, notes(), Promise.all(bonus)]);
    }).then(function (all) {
      var clauses = all[0], sets = all[1], optional = all[3], accept = null;
      if (filtering) {
        var filters = [];
        (options.services || []).forEach(function (k) { filters.push(sets.service[k.toLowerCase()]); });
        (options.tags || []).forEach(function (k) { filters.push(sets.tag[k.toLowerCase()]); });
        accept = function (doc) {
          for (var f = 0; f < filters.length; f++) if (!filters[f] || !filters[f].docs.has(doc)) return false;
          return true;
        };
      }
      var hits = clauses.length ? ranked(withBonus(conjunction(clauses, accept), optional)) : [];
      var matched = Array.from(query.counts.keys());
      query.phrases.forEach(function (p) { p.parts.forEach(function (x) { matched.push(x.term); }); });
      var groups = byNote(hits, all[2]);
      var result = {
        query: text, hits: hits, notes: groups, counts: sets ? facetCounts(groups, sets) : null, terms: matched,
        prefix: query.prefix, completions: query.completions || [], suggestion: null, respelt: false
      };
      if (hits.length) return result;
      return suggest(text, typing).then(function (s) {
        result.suggestion = s;
        if (s === null || !options.respell) return result;
        var again = Object.assign({}, options, { respell: false });
        return search(s, again).then(function (other) {
          other.respelt = true;
          return other;
        });
      });
    });
  }

  /**
   * SearchQuery.completingUnknownLastWord: once submitted, a last word of its own that no note uses is
   * unfinished (unless a stop word or a single letter).
   */
  function completesLastWord(typed) {
    var text = analyzer().normalizeText(typed), word = parse(text, true).prefix;
    if (word === null) return Promise.resolve(false);
    var prefix = analyzer().normalize(word), at = text.length - word.length;
    if (prefix.length < MIN_PREFIX || analyzer().isStopWord(prefix)) return Promise.resolve(false);
    if (at > 0 && ' "\u201C\u201D'.indexOf(text.charAt(at - 1)) < 0) return Promise.resolve(false);
    var known = [];
    terms(word).forEach(function (t) {
      WORD_FIELDS.forEach(function (name) { known.push(lookup(fields[name].mark + t)); });
    });
    return Promise.all(known).then(function (entries) {
      return !entries.some(function (e) { return e !== null; });
    });
  }

  // ---- snippets --------------------------------------------------------------------------------

  var WIDTH = 160;

  /**
   * The part of a text that best shows the matched words: [{text, mark}] pieces, marks on the words
   * whose terms matched. Callers insert the pieces as text, never as HTML.
   */
  function snippet(text, matched, prefix) {
    var want = new Set(matched);
    var hits = analyzer().tokens(text).filter(function (t) {
      return want.has(t.term) || (prefix && t.term.indexOf(prefix) === 0);
    });
    var from = 0, bestTerms = -1;
    hits.forEach(function (h) {
      var start = Math.max(0, h.start - Math.floor(WIDTH / 3)), seen = new Set();
      hits.forEach(function (o) { if (o.start >= start && o.end <= start + WIDTH) seen.add(o.term); });
      if (seen.size > bestTerms) { bestTerms = seen.size; from = start; }
    });
    var to = Math.min(text.length, from + WIDTH);
    while (from > 0 && !/\s/.test(text.charAt(from - 1))) from--;
    while (to < text.length && !/\s/.test(text.charAt(to))) to++;
    var pieces = [], at = from;
    if (from > 0) pieces.push({ text: '…', mark: false });
    hits.forEach(function (h) {
      if (h.start < at || h.end > to) return;
      if (h.start > at) pieces.push({ text: text.slice(at, h.start), mark: false });
      pieces.push({ text: text.slice(h.start, h.end), mark: true });
      at = h.end;
    });
    if (at < to) pieces.push({ text: text.slice(at, to), mark: false });
    if (to < text.length) pieces.push({ text: '…', mark: false });
    return pieces;
  }

  return {
    receive: receive,
    /**
     * Where the shards are: the site root's _studysite/search/ folder, relative to the page. The
     * manifest starts loading at once, so the first query does not wait for it.
     */
    configure: function (root) { base = root + '_studysite/search/'; return ready(); },
    search: search,
    docs: docs,
    hasDocs: hasDocs,
    snippet: snippet,
    loaded: function () { return loaded.slice(); },
    lengthTable: function () { var t = []; for (var i = 0; i < 256; i++) t.push(byte4ToInt(i)); return t; }
  };
})();
