/**
 * Rebuilding after an edit: the state a build leaves ({@link io.studysite.incremental.SiteState}), the in-place
 * rebuild of the pages an edit of existing notes affects ({@link io.studysite.incremental.IncrementalBuild}) and
 * the vault-wide part that follows in the background ({@link io.studysite.incremental.FollowUp}). The dev server
 * uses it; a build from the command line or Maven never does.
 */
package io.studysite.incremental;
