package io.studysite.markdown;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jetbrains.annotations.NotNull;
import org.jsoup.parser.Parser;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Kramdown's attribute lists ({@code {: onfocus="…"}} in Jekyll notes) set any attribute on any element: event
 * handlers and {@code javascript:} URLs among them are dropped, as raw HTML's are, unless the vault trusts its HTML.
 */
final class ScriptAttributes {
    /** Attributes a browser follows as a URL; text such as an image's alt may well start with "Data:". */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster",
            "background", "xlink:href", "cite");

    private ScriptAttributes() {}

    /** Whether an attribute written in a note would run a script. */
    static boolean runsScript(String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        // The value is written as is, so the browser decodes its character references: "&#106;avascript:" is a script.
        return key.startsWith("on") || key.equals("srcdoc")
                || (URL_ATTRIBUTES.contains(key) && LinkSyntax.runsScript(Parser.unescapeEntities(value, true)));
    }

    static final class Provider extends IndependentAttributeProviderFactory {
        @NotNull
        @Override
        public AttributeProvider apply(@NotNull LinkResolverContext context) {
            if (RawHtml.TRUSTED.get(context.getOptions())) {
                return (node, part, attributes) -> { };
            }
            return (node, part, attributes) -> remove(attributes);
        }

        private static void remove(MutableAttributes attributes) {
            for (Attribute attribute : List.copyOf(attributes.values())) {
                if (runsScript(attribute.getName(), attribute.getValue())) {
                    attributes.remove(attribute);
                }
            }
        }
    }
}
