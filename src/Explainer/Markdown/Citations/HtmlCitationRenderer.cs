using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Explainer.Markdown.Citations;

/// <summary>
/// Renders a citation group as numbered markers, each a real link to the page's reference
/// list, so it works without JavaScript; scripts add the preview from the same data. Search
/// leaves the markers out: readers search the words, not "reference 3".
/// </summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        // A group with any unresolved item was reported; print it as written rather than link to nothing.
        if (citation.Error is not null || citation.Items.Count == 0 || citation.Items.Any(i => i.Number == 0))
        {
            renderer.WriteEscape(citation.RawText);
            return;
        }
        renderer.Write("<sup class=\"citation\" data-pagefind-ignore>[");
        for (var i = 0; i < citation.Items.Count; i++)
        {
            var item = citation.Items[i];
            if (i > 0) renderer.Write(", ");
            renderer.Write($"<a class=\"cite\" href=\"#ref-{item.Number}\" id=\"{item.OccurrenceId}\" data-ref=\"ref-{item.Number}\">");
            renderer.Write($"<span class=\"visually-hidden\">reference </span>{item.Number}</a>");
        }
        renderer.Write("]</sup>");
    }
}
