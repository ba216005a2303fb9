using Explainer.Data;

namespace Explainer.Model;

/// <summary>
/// A source's citation metadata, shaped after CSL-JSON. Only what the document itself
/// supports is set; everything else stays null and is shown as not stated.
/// </summary>
public sealed record SourceCitation
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>True when the document has no title and the editors describe it instead.</summary>
    public bool TitleSupplied { get; init; }
    public required string Type { get; init; }
    public string? ContainerTitle { get; init; }
    public IReadOnlyList<PersonName> Authors { get; init; } = [];
    public PartialDate? Issued { get; init; }
    public DateOnly? Accessed { get; init; }
    public string? Url { get; init; }
    public string? Publisher { get; init; }
    public string? PublisherPlace { get; init; }
    public string? Language { get; init; }

    /// <summary>The title as it should be shown: supplied titles in square brackets, as citation styles do.</summary>
    public string DisplayTitle => TitleSupplied ? $"[{Title}]" : Title;
}
