/** The write stage: a fresh folder swapped in whole, and the rules for which folders may receive a site. */
package io.studysite.output;
