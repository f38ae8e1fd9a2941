package io.studysite.markdown;

import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.block.BlockPreProcessor;
import com.vladsch.flexmark.parser.block.BlockPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Obsidian task lists take any status character: {@code - [/] doing}, {@code - [-] dropped},
 * {@code - [>] deferred}, {@code - [?] question} (themes style them). flexmark's TaskListExtension
 * (which must be registered too) knows only {@code [ ]}, {@code [x]}, {@code [X]} and renders
 * {@code - [/] item} as a plain item with the text "[/] item".
 * <p>
 * This adds the other printable ASCII characters as list marker suffixes and turns those items into
 * flexmark {@link TaskListItem}s, so they render as task items: a disabled checkbox, checked for
 * anything but a space. Every task item's {@code <li>} gets {@code data-task} with its character, as in
 * Obsidian ({@code data-task="/"}, {@code data-task="x"}, {@code data-task=""} for {@code [ ]}).
 */
public final class TaskStatusExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** Printable ASCII but the brackets; space, x and X are flexmark's own. */
    private static final String STATUSES;

    static {
        StringBuilder s = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            if (c != '[' && c != ']' && c != 'x' && c != 'X') {
                s.append(c);
            }
        }
        STATUSES = s.toString();
    }

    private TaskStatusExtension() {}

    public static TaskStatusExtension create() {
        return new TaskStatusExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        List<String> suffixes = new ArrayList<>();
        for (char c : STATUSES.toCharArray()) {
            suffixes.add("[" + c + "]");
        }
        ListOptions.addItemMarkerSuffixes(options, suffixes.toArray(String[]::new));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.blockPreProcessorFactory(new StatusItems.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        renderer.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return (node, part, attributes) -> {
                    if (node instanceof TaskListItem item
                            && (part == CoreNodeRenderer.TIGHT_LIST_ITEM || part == CoreNodeRenderer.LOOSE_LIST_ITEM)) {
                        attributes.replaceValue("data-task", status(item));
                    }
                };
            }
        });
    }

    /** The status character of a task item: "x", "/", or "" for {@code [ ]}. */
    public static String status(TaskListItem item) {
        String status = item.getMarkerSuffix().midSequence(1, -1).toString();
        return status.isBlank() ? "" : status;
    }

    /** Turns list items with one of our suffixes into task items, as flexmark does for {@code [x]}. */
    private static final class StatusItems implements BlockPreProcessor {
        @Override
        public void preProcess(ParserState state, Block block) {
            ListItem item = (ListItem) block;
            var suffix = item.getMarkerSuffix();
            if (suffix.length() == 3 && STATUSES.indexOf(suffix.charAt(1)) >= 0) {
                TaskListItem task = new TaskListItem(item);
                task.setTight(item.isOwnTight());
                item.insertBefore(task);
                item.unlink();
                state.blockAdded(task);
                state.blockRemoved(item);
            }
        }

        static final class Factory implements BlockPreProcessorFactory {
            @Override
            public Set<Class<? extends Block>> getBlockTypes() {
                return Set.of(BulletListItem.class, OrderedListItem.class);
            }

            @Override
            public Set<Class<?>> getAfterDependents() {
                return null;
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
                return null;
            }

            @Override
            public boolean affectsGlobalScope() {
                return true;
            }

            @Override
            public BlockPreProcessor apply(ParserState state) {
                return new StatusItems();
            }
        }
    }
}
