/**
 * The render stage: the layered theme, the views templates receive, relative URLs, and the pages
 * themselves. Markdown is rendered here, through a link hook that knows the site plan.
 */
package io.studysite.render;
