namespace Explainer.Model;

/// <summary>One source's version of a disputed fact, with the paragraph that says it.</summary>
public sealed record Claim(string SourceId, int Paragraph, string Says);

/// <summary>A fact on which the sources disagree, modelled as data so every page can show it and one page can list them all.</summary>
public sealed record Discrepancy(string Id, string Fact, string? Note, IReadOnlyList<Claim> Claims)
{
    public string Anchor => $"discrepancy-{Id}";
}

/// <summary>Every known discrepancy by id.</summary>
public sealed class DiscrepancyRegistry(IEnumerable<Discrepancy> discrepancies)
{
    public static readonly DiscrepancyRegistry Empty = new([]);

    public IReadOnlyList<Discrepancy> All { get; } = discrepancies.ToList();

    public Discrepancy? Find(string id) => All.FirstOrDefault(d => d.Id == id);

    /// <summary>A fingerprint of every discrepancy, for cache keys.</summary>
    public string Fingerprint => _fingerprint ??= Pipeline.ContentHash.Of(All.Select(d =>
        $"{d.Id}|{d.Fact}|{d.Note}|{string.Join(";", d.Claims.Select(c => $"{c.SourceId},{c.Paragraph},{c.Says}"))}"));

    private string? _fingerprint;

    /// <summary>Discrepancies that involve a given paragraph of a source, for marking source pages.</summary>
    public IEnumerable<Discrepancy> Touching(string sourceId, int paragraph) =>
        All.Where(d => d.Claims.Any(c => c.SourceId == sourceId && c.Paragraph == paragraph));
}
