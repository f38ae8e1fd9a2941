package io.studysite.render;

import io.studysite.link.SitePlan;
import io.studysite.note.Note;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages that list notes: the tag index, one page per tag (nested tags rolled up) and one per folder, except the
 * folders whose own note is their page: the listing goes below that note's text.
 */
final class ListingRenderer {
    private final PageTemplates templates;
    private final SitePlan plan;
    private final TagTree tags;
    private final FolderTree folders;

    ListingRenderer(PageTemplates templates, SitePlan plan, TagTree tags, FolderTree folders) {
        this.templates = templates;
        this.plan = plan;
        this.tags = tags;
        this.folders = folders;
    }

    Map<String, String> renderTags() {
        Map<String, String> pages = new LinkedHashMap<>();
        String tagIndex = plan.addresses().tagIndex();
        List<Views.TagEntry> entries = tags.depthFirst().stream()
                .map(t -> new Views.TagEntry(t.name(), RelativeUrl.between(tagIndex, t.page()), t.notes().size(),
                        (int) t.key().chars().filter(c -> c == '/').count()))
                .toList();
        pages.put(tagIndex, templates.render("tags", "Tags", "All tags of the notes", tagIndex, "tags", "tags", entries));
        for (TagTree.Tag tag : tags.all()) {
            String page = tag.page();
            List<Views.LinkView> children = tag.children().stream().map(tags::get)
                    .map(c -> new Views.LinkView(c.name(), RelativeUrl.between(page, c.page()), Integer.toString(c.notes().size())))
                    .toList();
            TagTree.Tag parentTag = tag.key().contains("/") ? tags.get(tag.key().substring(0, tag.key().lastIndexOf('/'))) : null;
            Views.LinkView parent = parentTag == null ? null
                    : new Views.LinkView(parentTag.name(), RelativeUrl.between(page, parentTag.page()), null);
            Views.TagView view = new Views.TagView(tag.name(), notes(page, tag.notes()), children, parent);
            pages.put(page, templates.render("tag", "#" + tag.name(), "Notes tagged #" + tag.name(), page, "tag", "tag", view));
        }
        return pages;
    }

    Map<String, String> renderFolders() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (FolderTree.Folder folder : folders.all()) {
            if (plan.folderNote(folder.path()).isEmpty()) {
                String page = folder.page();
                pages.put(page, templates.render("folder", folder.name(), "Notes in " + folder.path(), page, "folder", "folder",
                        listing(folder.path(), page)));
            }
        }
        return pages;
    }

    /** A folder's subfolders and notes ("" for the top level), linked from {@code page}: its folder page or its own note. */
    Views.FolderView listing(String path, String page) {
        List<FolderTree.Folder> subs = path.isEmpty() ? folders.topLevel()
                : folders.get(path).subfolders().stream().map(folders::get).toList();
        List<Views.LinkView> subfolders = subs.stream()
                .map(f -> new Views.LinkView(f.name(), RelativeUrl.between(page, f.page()), count(f.notesBelow(), "note")))
                .toList();
        List<Views.LinkView> crumbs = new ArrayList<>();
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            FolderTree.Folder parent = folders.get(path.substring(0, slash));
            crumbs.add(new Views.LinkView(parent.name(), RelativeUrl.between(page, parent.page()), null));
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new Views.FolderView(name, RelativeUrl.between(page, page), crumbs, subfolders,
                notes(page, path.isEmpty() ? folders.rootNotes() : folders.get(path).notes()));
    }

    private List<Views.LinkView> notes(String fromPage, List<Note> notes) {
        return notes.stream()
                .map(n -> new Views.LinkView(n.title(), RelativeUrl.between(fromPage, plan.outputOf(n.path())), n.path().value()))
                .toList();
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
