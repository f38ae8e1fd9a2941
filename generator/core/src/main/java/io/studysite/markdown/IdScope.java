package io.studysite.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jetbrains.annotations.NotNull;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Keeps the ids of content copied onto another page (an embed, a section on a service page) unique and its
 * footnotes working: every id the part renders (headings, block ids, footnotes) gets the part's prefix, its
 * footnote links follow, and the part lists only the footnotes it references, numbered from 1.
 */
final class IdScope {
    /** The prefix of the part being rendered; "" for a note's own page, whose ids stay as they are. */
    static final DataKey<String> PREFIX = new DataKey<>("STUDYSITE_ID_SCOPE", "");

    private IdScope() {}

    /** Scopes a part document: sets its prefix and gives it a footnote list of its own. */
    static void apply(Document part, String prefix) {
        part.set(PREFIX, prefix);
        FootnoteRepository footnotes = new FootnoteRepository(part);
        Map<FootnoteBlock, Integer> first = new IdentityHashMap<>();
        for (Node node : part.getDescendants()) {
            if (node instanceof Footnote footnote && footnote.getFootnoteBlock() != null) {
                FootnoteBlock block = footnote.getFootnoteBlock();
                if (first.putIfAbsent(block, footnote.getStartOffset()) == null) {
                    // The block may have been counted by the whole note or an earlier part of it.
                    block.setFootnoteReferences(0);
                    block.setFirstReferenceOffset(Integer.MAX_VALUE);
                }
                footnotes.addFootnoteReference(block, footnote);
            }
        }
        first.forEach(FootnoteBlock::setFirstReferenceOffset);
        footnotes.resolveFootnoteOrdinals();
        part.set(FootnoteExtension.FOOTNOTES, footnotes);
    }

    /** Registered last, so it sees the ids every other renderer and provider has set. */
    static final class Provider extends IndependentAttributeProviderFactory {
        @NotNull
        @Override
        public AttributeProvider apply(@NotNull LinkResolverContext context) {
            String prefix = PREFIX.get(context.getDocument());
            // Not for AttributablePart.ID, which asks for a node's id before the renderer writes it (and asks again).
            return prefix.isEmpty() ? (node, part, attributes) -> { }
                    : (node, part, attributes) -> {
                        if (part != AttributablePart.ID) {
                            scope(node, attributes, prefix);
                        }
                    };
        }

        private static void scope(Node node, MutableAttributes attributes, String prefix) {
            String id = attributes.getValue("id");
            if (!id.isEmpty()) {
                attributes.replaceValue("id", prefix + id);
            }
            // Footnote references and the back links of the footnote list (rendered for the document) stay inside the part.
            String href = attributes.getValue("href");
            if ((node instanceof Footnote || node instanceof Document) && href.startsWith("#")) {
                attributes.replaceValue("href", "#" + prefix + href.substring(1));
            }
        }
    }
}
