package io.studysite.markdown;

import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Set;

/**
 * Gives Markdown links and images that point into the vault their site URL, so flexmark's own
 * renderer (with kramdown attributes and titles) writes the element. Missing targets never get
 * here: {@link VaultNodeRenderer} renders them as placeholders first.
 */
final class VaultLinkResolver implements LinkResolver {
    private final LinkTargets targets;

    VaultLinkResolver(LinkTargets targets) {
        this.targets = targets;
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        boolean embed = link.getLinkType() == LinkType.IMAGE;
        if (!embed && link.getLinkType() != LinkType.LINK) {
            return link;
        }
        return LinkSyntax.markdownParts(link.getUrl())
                .map(parts -> targets.resolve(parts.target(), parts.anchor(), embed))
                .filter(LinkTarget::found)
                .map(target -> link.withUrl(target.url()).withStatus(LinkStatus.VALID))
                .orElse(link);
    }

    static final class Factory implements LinkResolverFactory {
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
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new VaultLinkResolver(LinkTargets.of(context.getDocument()));
        }
    }
}
