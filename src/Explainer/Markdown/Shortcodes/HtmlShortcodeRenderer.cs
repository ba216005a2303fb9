using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Explainer.Markdown.Shortcodes;

/// <summary>Renders a resolved shortcode as a labelled element (an aside, a list, an item) around the blocks its resolver produced.</summary>
public sealed class HtmlShortcodeRenderer : HtmlObjectRenderer<ShortcodeBlock>
{
    protected override void Write(HtmlRenderer renderer, ShortcodeBlock block)
    {
        if (block.CssClass is null) return;
        renderer.EnsureLine();
        renderer.Write('<').Write(block.Element).Write(" class=\"").WriteEscape(block.CssClass).Write('"');
        if (block.Id is not null) renderer.Write(" id=\"").WriteEscape(block.Id).Write('"');
        if (block.Label is not null) renderer.Write(" aria-label=\"").WriteEscape(block.Label).Write('"');
        renderer.WriteLine(">");
        renderer.WriteChildren(block);
        renderer.Write("</").Write(block.Element).WriteLine(">");
    }
}
