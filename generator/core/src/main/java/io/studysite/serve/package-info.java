/**
 * The authoring loop: a dev server on loopback that serves the built site, watches the vault and the theme,
 * rebuilds after a burst of saves settles (only what an edit affects, see {@link io.studysite.incremental}) and
 * reloads the open pages that changed, with the build's diagnostics shown in the page. Only files inside the site
 * folder are ever served.
 */
package io.studysite.serve;
