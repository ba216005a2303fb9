namespace Explainer.Model;

/// <summary>All glossary terms by slug, and the matcher that finds their names in prose.</summary>
public sealed class Glossary
{
    public static readonly Glossary Empty = new([]);

    public Glossary(IEnumerable<GlossaryTerm> terms)
    {
        BySlug = terms.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        Matcher = new TermMatcher(BySlug.Values.OrderBy(t => t.Slug, StringComparer.Ordinal)
            .SelectMany(t => t.Names.Select(name => (name, t.Slug))));
    }

    public IReadOnlyDictionary<string, GlossaryTerm> BySlug { get; }

    public TermMatcher Matcher { get; }

    /// <summary>A fingerprint of what Markdown rendering reads from the glossary: slugs, names and aliases.</summary>
    public string Fingerprint => _fingerprint ??= Pipeline.ContentHash.Of(BySlug.Values
        .OrderBy(t => t.Slug, StringComparer.Ordinal)
        .SelectMany(t => t.Names.Prepend(t.Slug).Append("\u001e")));

    private string? _fingerprint;

    public GlossaryTerm? Find(string slug) => BySlug.GetValueOrDefault(slug);

    /// <summary>Terms in A to Z order of their names, for the glossary index.</summary>
    public IEnumerable<GlossaryTerm> Alphabetical() =>
        BySlug.Values.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal);
}
