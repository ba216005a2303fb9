namespace Explainer.Pipeline;

/// <summary>
/// A document's immutable metadata: what stages computed about it, under typed
/// <see cref="Key{T}"/>s (what editors wrote is the separate, typed frontmatter record under
/// <see cref="Keys.Matter"/>). Stored as a small array copied on write: a document holds a few
/// dozen keys, and a big site holds tens of thousands of documents, so a compact layout matters
/// more than constant-time lookups.
/// </summary>
public sealed class Metadata
{
    public static readonly Metadata Empty = new([]);

    private readonly (Key Key, object Value)[] _entries;

    private Metadata((Key Key, object Value)[] entries) => _entries = entries;

    /// <summary>A copy with <paramref name="key"/> set; a null value removes the key.</summary>
    public Metadata With<T>(Key<T> key, T? value) => Set(key, value);

    /// <summary>A copy holding only the given keys' values (those present).</summary>
    public Metadata Only(params IEnumerable<Key> keys)
    {
        var kept = keys.ToHashSet();
        return new Metadata(_entries.Where(e => kept.Contains(e.Key)).ToArray());
    }

    /// <summary>The value under <paramref name="key"/>, or the type's default when there is none.</summary>
    public T? Get<T>(Key<T> key)
    {
        var index = IndexOf(key);
        if (index < 0) return default;
        return _entries[index].Value is T typed ? typed
            : throw new InvalidOperationException($"metadata '{key.Name}' holds a {_entries[index].Value.GetType().Name}, not a {typeof(T).Name}");
    }

    public bool Has(Key key) => IndexOf(key) >= 0;

    private Metadata Set(Key key, object? value)
    {
        var index = IndexOf(key);
        if (value is null)
        {
            if (index < 0) return this;
            return new Metadata(_entries.Where((_, i) => i != index).ToArray());
        }
        var copy = index >= 0 ? ((Key, object)[])_entries.Clone() : new (Key, object)[_entries.Length + 1];
        if (index < 0) Array.Copy(_entries, copy, _entries.Length);
        copy[index >= 0 ? index : _entries.Length] = (key, value);
        return new Metadata(copy);
    }

    private int IndexOf(Key key)
    {
        for (var i = 0; i < _entries.Length; i++)
            if (ReferenceEquals(_entries[i].Key, key)) return i;
        return -1;
    }
}
