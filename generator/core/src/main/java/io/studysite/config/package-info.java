/** Site configuration ({@code studysite.yml}) and the Obsidian vault settings that affect output. */
package io.studysite.config;
