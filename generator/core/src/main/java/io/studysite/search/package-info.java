/**
 * Full-text search: notes cut into sections, indexed at build time by Lucene (EnglishAnalyzer, BM25),
 * and queried the same way from the CLI; the browser replays this ranking bit for bit from exported data.
 * <p>
 * Each section is one document with the fields of {@link io.studysite.search.SearchField}: its body
 * ({@code content}: heading path and text, boost 1), its note's names ({@code names}: title, file name,
 * aliases, each word once and without a length norm, on every section, boost 4), its heading path
 * ({@code headings}, boost 2) and the adjacent analysed word pairs of names and headings ({@code pair},
 * boost 0.5). A query ({@link io.studysite.search.SearchQuery}) requires each word as one disjunction over body, names and headings; its adjacent word pairs are optional
 * clauses on {@code pair}. Lucene sums a disjunction in double and casts to float, then the required
 * clauses the same way, then adds the optional clauses in float (ReqOptSumScorer): search.js nests its
 * sums identically, each field with its own document count, average length and norms from the manifest.
 */
package io.studysite.search;
