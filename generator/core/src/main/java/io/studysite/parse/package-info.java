/** The parse stage: each note's flexmark tree and model (headings, front matter, title, tags, references). */
package io.studysite.parse;
