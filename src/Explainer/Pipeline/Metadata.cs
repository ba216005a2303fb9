using System.Collections;

namespace Explainer.Pipeline;

/// <summary>
/// A document's immutable, case-insensitive key/value metadata, as in Statiq: frontmatter
/// keys as written ("title") and computed keys (<see cref="Keys"/>) side by side. Stored as a
/// small array copied on write: a document holds a few dozen keys, and a big site holds tens of
/// thousands of documents, so a compact layout matters more than constant-time lookups.
/// </summary>
public sealed class Metadata : IReadOnlyDictionary<string, object?>
{
    public static readonly Metadata Empty = new([]);

    private readonly KeyValuePair<string, object?>[] _entries;

    private Metadata(KeyValuePair<string, object?>[] entries) => _entries = entries;

    /// <summary>A copy with <paramref name="key"/> set; a null value removes the key.</summary>
    public Metadata With(string key, object? value)
    {
        var index = IndexOf(key);
        if (value is null)
        {
            if (index < 0) return this;
            var shorter = new KeyValuePair<string, object?>[_entries.Length - 1];
            Array.Copy(_entries, 0, shorter, 0, index);
            Array.Copy(_entries, index + 1, shorter, index, _entries.Length - index - 1);
            return new Metadata(shorter);
        }
        if (index >= 0)
        {
            var replaced = (KeyValuePair<string, object?>[])_entries.Clone();
            replaced[index] = KeyValuePair.Create<string, object?>(_entries[index].Key, value);
            return new Metadata(replaced);
        }
        var longer = new KeyValuePair<string, object?>[_entries.Length + 1];
        Array.Copy(_entries, longer, _entries.Length);
        longer[^1] = KeyValuePair.Create<string, object?>(key, value);
        return new Metadata(longer);
    }

    public Metadata With(IEnumerable<KeyValuePair<string, object?>> values) =>
        values.Aggregate(this, (metadata, pair) => metadata.With(pair.Key, pair.Value));

    public T? Get<T>(string key) => TryGetValue(key, out var value) && value is T typed ? typed : default;

    public string? GetString(string key) => Get<string>(key);

    public string GetString(string key, string fallback) => Get<string>(key) ?? fallback;

    public bool GetBool(string key) => Get<bool>(key);

    /// <summary>A list value as strings; an absent key gives an empty list.</summary>
    public IReadOnlyList<string> GetStrings(string key) => TryGetValue(key, out var value) && value is IEnumerable<object?> items
        ? items.OfType<string>().ToList()
        : [];

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);
    public IEnumerable<object?> Values => _entries.Select(e => e.Value);
    public int Count => _entries.Length;
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _entries[index].Value : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_entries).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _entries.Length; i++)
            if (string.Equals(_entries[i].Key, key, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
