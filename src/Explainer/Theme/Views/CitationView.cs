namespace Explainer.Theme.Views;

/// <summary>One field of a source's citation metadata; Value is null when the document does not state it.</summary>
public sealed record CitationField(string Label, string? Value, string? Href = null)
{
    public bool Stated => Value is not null;
}

/// <summary>A source's citation metadata for display, every field present and unknown ones marked as not stated.</summary>
public sealed record CitationView(string Id, string Title, bool TitleSupplied, string Url, IReadOnlyList<CitationField> Fields, string? Date, string SortDate, string? Container);
