/**
 * Full-text search: notes cut into sections, indexed at build time by Lucene (EnglishAnalyzer, BM25),
 * and queried the same way from the CLI; the browser will replay this ranking from exported data.
 */
package io.studysite.search;
