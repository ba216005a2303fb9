using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Explainer.Markdown.TermLinks;

/// <summary>Adds <c>[[slug]]</c> glossary links to a Markdig pipeline. Safe to register twice.</summary>
public sealed class TermLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Contains<TermLinkParser>()) return;
        // First of the '[' parsers: "[label][[slug]]" would otherwise start a reference link.
        pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new TermLinkParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlTermLinkRenderer>())
            html.ObjectRenderers.Add(new HtmlTermLinkRenderer());
    }
}
