/**
 * The service cross-reference: a catalog of cloud services (data, bundled for AWS, extended or
 * replaced per vault) and the rules that find them in notes. A note's title, file name, aliases, tags
 * or folder say which services it is about ({@link io.studysite.services.NoteSubject}); its sections
 * cover those, and what their headings are about ({@link io.studysite.services.Coverage}); a section's
 * text naming another service mentions it.
 */
package io.studysite.services;
