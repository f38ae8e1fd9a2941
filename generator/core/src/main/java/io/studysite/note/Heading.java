package io.studysite.note;

/** A heading of a note: its level (1–6), plain text, unique anchor id on the page and 1-based line. */
public record Heading(int level, String text, String id, int line) {}
