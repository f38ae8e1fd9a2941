/** The immutable model the stages pass on: notes, headings, references, slugs. */
package io.studysite.note;
