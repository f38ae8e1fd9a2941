package io.studysite.render;

import io.studysite.config.SiteConfig;
import io.studysite.link.LinkGraph;
import io.studysite.link.Resolution;
import io.studysite.note.Note;
import io.studysite.note.Reference;
import io.studysite.vault.VaultPath;

import java.util.Optional;
import java.util.Set;

/**
 * The picture a link preview (OpenGraph {@code og:image}) shows for a page: the note's first embedded image,
 * else the site's {@code image:}. Previews need absolute URLs, so there is none without a {@code baseUrl}.
 */
public final class PageImage {
    static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "bmp");

    private PageImage() {}

    /** The note's first embed that resolves to an image file of the vault, as an absolute URL. */
    static Optional<String> firstImage(Note note, LinkGraph graph, String baseUrl) {
        for (Reference ref : note.references()) {
            if (!ref.kind().isEmbed() || ref.target().isEmpty()) {
                continue;
            }
            Resolution found = graph.resolver().resolve(note.path(), ref.target(), ref.kind().isMarkdown());
            if (found.kind() == Resolution.Kind.ATTACHMENT && IMAGE_TYPES.contains(found.path().extension())) {
                return Optional.of(PublicUrl.of(baseUrl, graph.plan().outputOf(found.path())));
            }
        }
        return Optional.empty();
    }

    /** The vault file the site's {@code image:} names, unless it is an absolute URL; empty when there is no such file. */
    public static Optional<VaultPath> siteImageFile(Optional<String> image, LinkGraph graph) {
        if (image.isEmpty() || isUrl(image.get())) {
            return Optional.empty();
        }
        Resolution found = graph.resolver().resolve(VaultPath.of(SiteConfig.FILE_NAME), image.get(), true);
        return found.kind() == Resolution.Kind.ATTACHMENT ? Optional.of(found.path()) : Optional.empty();
    }

    /** The site's {@code image:} as an absolute URL: as written, or its vault file under the base URL. */
    static Optional<String> siteImage(Optional<String> image, LinkGraph graph, Optional<String> baseUrl) {
        if (image.isPresent() && isUrl(image.get())) {
            return image;
        }
        return baseUrl.flatMap(base -> siteImageFile(image, graph).map(path -> PublicUrl.of(base, graph.plan().outputOf(path))));
    }

    static boolean isUrl(String image) {
        return image.startsWith("https://") || image.startsWith("http://");
    }
}
