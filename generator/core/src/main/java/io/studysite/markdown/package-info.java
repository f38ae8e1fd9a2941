/**
 * flexmark configuration and studysite's rendering of references, per dialect. It parses and
 * renders through the {@link io.studysite.markdown.LinkTargets} hook and never sees the vault.
 */
package io.studysite.markdown;
