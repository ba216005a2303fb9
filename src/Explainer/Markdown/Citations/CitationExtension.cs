using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Explainer.Markdown.Citations;

/// <summary>Adds pandoc citation syntax to a Markdig pipeline. Safe to register twice.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Contains<CitationParser>()) return;
        // Before the link parser: "[@" must be read as a citation, not as link text.
        pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCitationRenderer>())
            html.ObjectRenderers.Add(new HtmlCitationRenderer());
    }
}
