package io.studysite.markdown;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jetbrains.annotations.NotNull;

import java.util.List;
import java.util.Locale;

/**
 * Kramdown's attribute lists ({@code {: onfocus="…"}} in Jekyll notes) set any attribute on any element: event
 * handlers and {@code javascript:} URLs among them are dropped, as raw HTML's are, unless the vault trusts its HTML.
 */
final class ScriptAttributes {
    private ScriptAttributes() {}

    /** Whether an attribute written in a note would run a script. */
    static boolean runsScript(String name, String value) {
        return name.toLowerCase(Locale.ROOT).startsWith("on") || LinkSyntax.runsScript(value)
                || name.equalsIgnoreCase("srcdoc") || name.equalsIgnoreCase("formaction");
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
