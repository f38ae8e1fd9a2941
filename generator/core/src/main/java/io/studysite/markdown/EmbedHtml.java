package io.studysite.markdown;

import com.vladsch.flexmark.html.HtmlWriter;

import java.util.Locale;
import java.util.Set;

/** The markup of embeds that are not images: embedded notes and sections, audio, video and PDF. */
final class EmbedHtml {
    static final Set<String> AUDIO = Set.of("mp3", "wav", "m4a", "ogg", "flac", "3gp");
    static final Set<String> VIDEO = Set.of("mp4", "mov", "mkv", "ogv", "webm");
    static final Set<String> PDF = Set.of("pdf");

    private EmbedHtml() {}

    /** Whether a file with this extension embeds as a block of its own (never inside a paragraph). */
    static boolean isBlock(String extension) {
        return VIDEO.contains(extension) || PDF.contains(extension) || AUDIO.contains(extension);
    }

    /** An embedded note or section, with a link to its source; or the notice saying why it is not shown. */
    static void note(HtmlWriter html, Transclusion t) {
        html.attr("class", t.isShown() ? "embed embed-note" : "embed embed-note embed-not-shown").withAttr().tag("div");
        html.attr("class", "embed-title").withAttr().tag("div");
        if (t.sourceUrl() != null) {
            html.attr("href", t.sourceUrl()).attr("class", "internal-link embed-source").withAttr().tag("a")
                    .text(t.title()).closeTag("a");
        } else {
            html.text(t.title());
        }
        html.closeTag("div");
        if (t.isShown()) {
            html.attr("class", "embed-content").withAttr().tag("div").raw(t.html()).closeTag("div");
        } else {
            html.attr("class", "embed-notice").attr("role", "note").withAttr().tag("p").text(t.notice()).closeTag("p");
        }
        html.closeTag("div");
    }

    /**
     * Audio and video players, and PDFs in a frame: {@code #page=3} opens that page, {@code #height=400}
     * sets the frame's height as in Obsidian.
     */
    static void media(HtmlWriter html, String extension, String url, String name) {
        String ext = extension.toLowerCase(Locale.ROOT);
        if (AUDIO.contains(ext)) {
            html.attr("class", "embed-audio").attr("controls", "").attr("preload", "metadata").attr("src", url)
                    .attr("title", name).withAttr().tag("audio").closeTag("audio");
        } else if (VIDEO.contains(ext)) {
            html.attr("class", "embed-video").attr("controls", "").attr("preload", "metadata").attr("src", url)
                    .attr("title", name).withAttr().tag("video").closeTag("video");
        } else {
            int hash = url.indexOf('#');
            String file = hash < 0 ? url : url.substring(0, hash);
            String height = null;
            StringBuilder fragment = new StringBuilder();
            if (hash >= 0) {
                for (String part : url.substring(hash + 1).split("&")) {
                    if (part.startsWith("height=") && part.substring(7).matches("\\d+")) {
                        height = part.substring(7);
                    } else if (!part.isEmpty()) {
                        fragment.append(fragment.length() == 0 ? "#" : "&").append(part);
                    }
                }
            }
            html.attr("class", "embed-pdf").attr("src", file + fragment).attr("title", name).attr("loading", "lazy");
            if (height != null) {
                html.attr("height", height);
            }
            html.withAttr().tag("iframe").closeTag("iframe");
        }
    }
}
