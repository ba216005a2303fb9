using Markdig.Parsers;
using Markdig.Syntax;

namespace Explainer.Markdown.Shortcodes;

/// <summary>
/// A Hugo/Quarto-style shortcode on a line of its own, e.g. <c>{{&lt; discrepancy seminar-countries &gt;}}</c>.
/// The parser only records its name and arguments; a resolver fills it with blocks and sets
/// the element (an aside, a list or one of its items), its id and label, which the renderer
/// wraps around them.
/// </summary>
public sealed class ShortcodeBlock(BlockParser parser) : ContainerBlock(parser)
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Arguments { get; init; }

    /// <summary>The element wrapped around the blocks: an aside unless the resolver says otherwise.</summary>
    public string Element { get; set; } = "aside";

    /// <summary>Set when resolved; an unresolved shortcode renders nothing.</summary>
    public string? CssClass { get; set; }
    public string? Id { get; set; }
    public string? Label { get; set; }
}
