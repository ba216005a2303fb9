using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Explainer.Markdown.TermLinks;

/// <summary>Renders a term link as a real link to the term's page; scripts add the definition preview.</summary>
public sealed class HtmlTermLinkRenderer : HtmlObjectRenderer<TermLinkInline>
{
    protected override void Write(HtmlRenderer renderer, TermLinkInline link)
    {
        if (link.Error is not null || link.Href.Length == 0)
        {
            renderer.WriteEscape(link.RawText.Length > 0 ? link.RawText : link.Label ?? link.Slug);
            return;
        }
        renderer.Write("<a class=\"term\" href=\"").WriteEscapeUrl(link.Href).Write("\" data-term=\"").WriteEscape(link.Slug).Write("\">");
        renderer.WriteEscape(link.Label ?? link.Slug);
        renderer.Write("</a>");
    }
}
