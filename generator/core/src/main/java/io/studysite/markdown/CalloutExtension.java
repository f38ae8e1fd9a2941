package io.studysite.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Obsidian callouts and GitHub alerts: {@code > [!type]± Optional title}. All 13 Obsidian types and
 * their aliases, any case; unknown types keep their name and are styled as "note". See
 * {@link CalloutPostProcessor} for the parsing and {@link CalloutNodeRenderer} for the HTML.
 */
public final class CalloutExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private CalloutExtension() {
    }

    public static CalloutExtension create() {
        return new CalloutExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessorFactory(new CalloutPostProcessor.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        if (renderer.isRendererType("HTML")) {
            renderer.nodeRendererFactory(CalloutNodeRenderer::new);
        }
    }
}
