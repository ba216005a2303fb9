using Explainer.Diagnostics;

namespace Explainer.Content;

/// <summary>
/// What an editor wrote in a page's frontmatter, validated against its kind's schema and kept
/// apart from everything the build computes (as Hugo keeps a page's params beside its typed
/// fields). Every kind shares these keys; each kind's record adds its own.
/// </summary>
public abstract record FrontMatter
{
    /// <summary>The page's title; a glossary term's is its <c>term</c>.</summary>
    public required string Title { get; init; }
    public string? Description { get; init; }
    public DateOnly? Date { get; init; }
    public DateOnly? Updated { get; init; }
    public bool Draft { get; init; }
    /// <summary>A URL slug other than the file name.</summary>
    public string? Slug { get; init; }
    /// <summary>A layout other than the kind's own.</summary>
    public string? Layout { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Old URLs of the page, each a redirect to it (topics and pages).</summary>
    public IReadOnlyList<string> RedirectFrom { get; init; } = [];
    /// <summary>The editor's own keys under <c>params</c>, as written; templates see them as <c>page.params</c>.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();
    /// <summary>Where each value was written, by key path ("title", "cleanup.drop[2]"), for diagnostics.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions { get; init; } = new Dictionary<string, SourcePosition>();

    /// <summary>Where the value at <paramref name="keyPath"/> was written, or the start of <paramref name="file"/>.</summary>
    public SourcePosition At(string keyPath, string file) =>
        Positions.TryGetValue(keyPath, out var at) && at.Path is not null ? at : SourcePosition.StartOf(file);
}

/// <summary>A topic of the series (input/topics/).</summary>
public sealed record TopicMatter : FrontMatter
{
    public int? Order { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
}

/// <summary>A glossary term (input/glossary/); its <see cref="FrontMatter.Title"/> is the term.</summary>
public sealed record TermMatter : FrontMatter
{
    /// <summary>Other names and spellings that link to the term (the <c>aliases</c> key).</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];
    public required string Short { get; init; }
    public IReadOnlyList<string> Related { get; init; } = [];
}

/// <summary>A source (input/sources/): its citation metadata, its seed and how to clean it.</summary>
public sealed record SourceMatter : FrontMatter
{
    public required string Seed { get; init; }
    public required Model.SourceCitation Citation { get; init; }
    public Model.CleanupRules Cleanup { get; init; } = Model.CleanupRules.None;
}

/// <summary>A country's summary (input/countries/), or the page of a country without one.</summary>
public sealed record CountryMatter : FrontMatter
{
    /// <summary>The ISO 3166-1 alpha-2 code.</summary>
    public required string Code { get; init; }
}

/// <summary>A stand-alone page (input/*.md), or a page the generator makes itself.</summary>
public sealed record PageMatter : FrontMatter;
