package io.studysite.search;

import io.studysite.link.SitePlan;
import io.studysite.output.FolderSwap;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The search stage's output: the Lucene index beside the site and the browser's shards inside it, both made
 * from the same index so the browser ranks as Lucene does.
 */
public final class SearchFiles {
    private SearchFiles() {}

    /**
     * Indexes {@code sections} into a fresh folder beside the site and hands each shard to {@code site} by site path.
     *
     * @return the new index folder, to move into {@link SearchIndex#folderFor} once the site is in place
     */
    public static Path build(List<Section> sections, Path siteFolder, BiConsumer<String, String> site) {
        Path stage = FolderSwap.stage(SearchIndex.folderFor(siteFolder));
        SearchIndex.write(sections, stage);
        SearchShards.of(ExportedIndex.read(stage)).forEach((name, script) ->
                site.accept(SitePlan.THEME_FOLDER + "/" + SearchShards.FOLDER + "/" + name, script));
        return stage;
    }
}
