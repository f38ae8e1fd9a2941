/**
 * studysite's core: {@link io.studysite.SiteBuilder} runs the pipeline whose stages are the
 * subpackages, in this order: diag · config · vault · note · markdown · parse · link · render · output.
 * Each depends only on those before it.
 */
package io.studysite;
