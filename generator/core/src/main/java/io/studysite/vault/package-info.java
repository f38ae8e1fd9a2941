/**
 * The load stage: find the vault's notes and attachments, decode and repair their text,
 * and decide each note's dialect. Nothing here writes to the vault.
 */
package io.studysite.vault;
