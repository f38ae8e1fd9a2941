package io.studysite.link;

import io.studysite.vault.VaultPath;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolve stage's result: who links to whom, and which attachments published notes use (only
 * those are copied, so nothing unpublished leaks into the site).
 */
public record LinkGraph(LinkResolver resolver, SitePlan plan, Map<VaultPath, List<VaultPath>> backlinks,
                        Set<VaultPath> usedAttachments) {
    public LinkGraph {
        backlinks = Map.copyOf(backlinks);
        usedAttachments = Set.copyOf(usedAttachments);
    }

    public List<VaultPath> backlinksOf(VaultPath note) {
        return backlinks.getOrDefault(note, List.of());
    }
}
