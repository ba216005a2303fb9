namespace Explainer.Model;

/// <summary>
/// One entry of a page's reference list: a source, optionally a paragraph or range, its number
/// on the page, and the ids of the markers that cite it (for links back to the text).
/// </summary>
public sealed record Reference(int Number, string SourceId, int? Paragraph, int? ParagraphEnd, IReadOnlyList<string> Occurrences)
{
    public string Anchor => $"ref-{Number}";
}

/// <summary>A heading of a page, for its table of contents.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
