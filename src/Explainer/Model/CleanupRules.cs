namespace Explainer.Model;

/// <summary>
/// How a seed becomes a source's text, declared in the source's frontmatter so the seed
/// itself is never edited. Each rule carries the key path it came from ("cleanup.drop[2]")
/// so a rule that matches nothing can be reported where it is written.
/// </summary>
public sealed record CleanupRules
{
    public IReadOnlyList<DropRule> Drop { get; init; } = [];
    public IReadOnlyList<TextRule> Headings { get; init; } = [];
    public IReadOnlyList<ReplaceRule> Replace { get; init; } = [];
    public bool FootnoteMarkers { get; init; }

    public static readonly CleanupRules None = new();
}

/// <summary>Drops a block whose whole text equals <paramref name="Text"/>, or starts with it when <paramref name="Prefix"/>.</summary>
public sealed record DropRule(string Text, bool Prefix, string KeyPath);

/// <summary>Marks a block whose whole text equals <paramref name="Text"/>.</summary>
public sealed record TextRule(string Text, string KeyPath);

/// <summary>Replaces every occurrence of <paramref name="Find"/> in the kept text.</summary>
public sealed record ReplaceRule(string Find, string With, string KeyPath);
