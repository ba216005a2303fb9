using Markdig.Syntax.Inlines;

namespace Explainer.Markdown.TermLinks;

/// <summary>
/// A link to a glossary term: written by an editor as <c>[[slug]]</c> or <c>[label][[slug]]</c>,
/// or inserted by the glossary linker at a term's first mention (<see cref="Automatic"/>).
/// </summary>
public sealed class TermLinkInline : LeafInline
{
    public required string Slug { get; init; }
    /// <summary>The text shown; null for <c>[[slug]]</c>, which shows the term's own name once resolved.</summary>
    public string? Label { get; set; }
    public bool Automatic { get; init; }
    /// <summary>Set when the written text is not a valid term link, with the reason.</summary>
    public string? Error { get; init; }
    public string RawText { get; init; } = "";
    /// <summary>Set when resolved: the site path of the term's page (the renderer applies the link root).</summary>
    public string Href { get; set; } = "";
}
