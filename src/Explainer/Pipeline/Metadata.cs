using System.Collections;
using System.Collections.Immutable;

namespace Explainer.Pipeline;

/// <summary>
/// A document's immutable, case-insensitive key/value metadata, as in Statiq: frontmatter
/// keys as written ("title") and computed keys (<see cref="Keys"/>) side by side.
/// </summary>
public sealed class Metadata : IReadOnlyDictionary<string, object?>
{
    public static readonly Metadata Empty = new(ImmutableDictionary.Create<string, object?>(StringComparer.OrdinalIgnoreCase));

    private readonly ImmutableDictionary<string, object?> _values;

    private Metadata(ImmutableDictionary<string, object?> values) => _values = values;

    public Metadata With(string key, object? value) => new(_values.SetItem(key, value));

    public Metadata With(IEnumerable<KeyValuePair<string, object?>> values) => new(_values.SetItems(values));

    public T? Get<T>(string key) => _values.TryGetValue(key, out var value) && value is T typed ? typed : default;

    public string? GetString(string key) => Get<string>(key);

    public string GetString(string key, string fallback) => Get<string>(key) ?? fallback;

    public bool GetBool(string key) => Get<bool>(key);

    /// <summary>A list value as strings; an absent key gives an empty list.</summary>
    public IReadOnlyList<string> GetStrings(string key) => _values.TryGetValue(key, out var value) && value is IEnumerable<object?> items
        ? items.OfType<string>().ToList()
        : [];

    public object? this[string key] => _values[key];
    public IEnumerable<string> Keys => _values.Keys;
    public IEnumerable<object?> Values => _values.Values;
    public int Count => _values.Count;
    public bool ContainsKey(string key) => _values.ContainsKey(key);
    public bool TryGetValue(string key, out object? value) => _values.TryGetValue(key, out value);
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
