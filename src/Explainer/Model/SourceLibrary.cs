namespace Explainer.Model;

/// <summary>Every source of the site by id: what citations are checked and resolved against.</summary>
public sealed class SourceLibrary(IEnumerable<Source> sources)
{
    public static readonly SourceLibrary Empty = new([]);

    private readonly Dictionary<string, Source> _byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Ids => _byId.Keys;

    public IEnumerable<Source> All => _byId.Values.OrderBy(s => s.Id, StringComparer.Ordinal);

    public Source? Find(string id) => _byId.GetValueOrDefault(id);
}
