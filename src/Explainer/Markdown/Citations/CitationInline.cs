using Markdig.Syntax.Inlines;

namespace Explainer.Markdown.Citations;

/// <summary>One cited source inside a citation group, e.g. "@reuters-2018, ¶5".</summary>
public sealed class CitationItem
{
    public required string SourceId { get; init; }
    /// <summary>The first cited paragraph, or null when the whole source is cited.</summary>
    public int? Paragraph { get; init; }
    /// <summary>The last paragraph of a range such as ¶3–5, else null.</summary>
    public int? ParagraphEnd { get; init; }
    /// <summary>Where the '@' is, as a character offset of the Markdown text, for diagnostics.</summary>
    public int Offset { get; init; }

    /// <summary>Set when resolved: the number of the page's reference this item points at.</summary>
    public int Number { get; set; }
    /// <summary>Set when resolved: the id of this occurrence, which the reference list links back to.</summary>
    public string OccurrenceId { get; set; } = "";
}

/// <summary>
/// A pandoc-style citation group: <c>[@a, ¶5; @b]</c>. When the text looks like a citation but
/// is not valid syntax, <see cref="Error"/> says why and <see cref="RawText"/> keeps the original.
/// </summary>
public sealed class CitationInline : LeafInline
{
    public List<CitationItem> Items { get; } = [];
    public string RawText { get; init; } = "";
    public string? Error { get; init; }

    /// <summary>
    /// Made from input/data/discrepancies.yml for a discrepancy note, whose problems that file's
    /// reader already reported: never reported again on every page that shows the note.
    /// </summary>
    public bool FromData { get; set; }
}
