using Explainer.Markdown.Citations;
using Explainer.Markdown.TermLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Markdown;

/// <summary>
/// The nodes of a parsed page that the cross-linking passes need, gathered in one walk in
/// document order, so each pass visits only its own nodes instead of the whole tree.
/// </summary>
public sealed class SyntaxIndex
{
    public List<CitationInline> Citations { get; } = [];
    public List<TermLinkInline> TermLinks { get; } = [];
    public List<HeadingBlock> Headings { get; } = [];
    /// <summary>Raw HTML blocks and inlines, links, images and autolinks: what the safety check reads.</summary>
    public List<MarkdownObject> Untrusted { get; } = [];

    public static SyntaxIndex Of(MarkdownDocument document)
    {
        var index = new SyntaxIndex();
        foreach (var node in SyntaxWalk.All(document))
        {
            switch (node)
            {
                case CitationInline citation: index.Citations.Add(citation); break;
                case TermLinkInline link: index.TermLinks.Add(link); break;
                case HeadingBlock heading: index.Headings.Add(heading); break;
                case HtmlBlock block when ShortcodeResolver.IsGenerated(block): break;
                case HtmlBlock or HtmlInline or LinkInline or AutolinkInline: index.Untrusted.Add(node); break;
            }
        }
        return index;
    }
}
