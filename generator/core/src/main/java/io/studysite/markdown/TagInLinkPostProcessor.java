package io.studysite.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

/**
 * {@code [see #tag](url)}: a tag inside link text or image alt text stays plain text, as a link cannot
 * hold another. The tag's {@code Text} child takes its place.
 */
final class TagInLinkPostProcessor extends NodePostProcessor {

    @Override
    public void process(NodeTracker state, Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link || parent instanceof Image
                    || parent instanceof RefNode ref && ref.isDefined()) {
                Node text = node.getFirstChild();
                text.unlink();
                node.insertBefore(text);
                node.unlink();
                state.nodeRemoved(node);
                return;
            }
        }
    }

    static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Tag.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new TagInLinkPostProcessor();
        }
    }
}
