/**
 * The index and resolve stages: where every file lands in the site, the vault's files by every key a
 * reference can use, Obsidian's resolution rules, heading anchors, backlinks and their diagnostics.
 */
package io.studysite.link;
