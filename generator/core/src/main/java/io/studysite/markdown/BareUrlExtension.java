package io.studysite.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Bare URLs and e-mail addresses become links, as flexmark's autolink extension makes them, but
 * its post-processor runs only on text that could hold one. It runs regular expressions over every
 * text node, and took a sixth of all parsing time on study notes, where few nodes hold a URL.
 */
final class BareUrlExtension implements Parser.ParserExtension {
    static BareUrlExtension create() {
        return new BareUrlExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessorFactory(new Factory());
    }

    /** A URL needs "://" or "www.", an e-mail address an '@': a text without ':', '@' or "www." has neither. */
    static boolean mayHoldUrl(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@') {
                return true;
            }
            if ((c == '.') && i >= 3 && (text.charAt(i - 1) | 0x20) == 'w' && (text.charAt(i - 2) | 0x20) == 'w'
                    && (text.charAt(i - 3) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }

    private static final class Filtered extends NodePostProcessor {
        private final AutolinkNodePostProcessor autolink;

        Filtered(Document document) {
            autolink = new AutolinkNodePostProcessor(document);
        }

        @Override
        public void process(NodeTracker state, Node node) {
            if (mayHoldUrl(Sequences.string(node.getChars()))) {
                autolink.process(state, node);
            }
        }
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Filtered(document);
        }
    }
}
