using Markdig;
using Markdig.Renderers;

namespace Explainer.Markdown.Shortcodes;

/// <summary>Adds line shortcodes to a Markdig pipeline. Safe to register twice.</summary>
public sealed class ShortcodeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ShortcodeParser>())
            pipeline.BlockParsers.Insert(0, new ShortcodeParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlShortcodeRenderer>())
            html.ObjectRenderers.Add(new HtmlShortcodeRenderer());
    }
}
