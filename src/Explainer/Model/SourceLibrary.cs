namespace Explainer.Model;

/// <summary>Every source of the site by id: what citations are checked and resolved against.</summary>
public sealed class SourceLibrary(IEnumerable<Source> sources)
{
    public static readonly SourceLibrary Empty = new([]);

    private readonly Dictionary<string, Source> _byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Ids => _byId.Keys;

    public IEnumerable<Source> All => _byId.Values.OrderBy(s => s.Id, StringComparer.Ordinal);

    public Source? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>A fingerprint of what Markdown rendering reads from the library: ids, titles, paragraph counts.</summary>
    public string Fingerprint => _fingerprint ??= Pipeline.ContentHash.Of(All.Select(s => $"{s.Id}|{s.Citation.DisplayTitle}|{s.ParagraphCount}"));

    private string? _fingerprint;
}
