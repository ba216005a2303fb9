namespace Explainer.Pipeline;

/// <summary>The name of a metadata entry; see <see cref="Key{T}"/>.</summary>
public abstract class Key(string name)
{
    public string Name { get; } = name;

    /// <summary>The type of value the key holds.</summary>
    public abstract Type ValueType { get; }

    public override string ToString() => Name;
}

/// <summary>
/// A metadata key that knows its value's type, as in Statiq's typed keys: a value of another
/// type can neither be stored under it nor read from it.
/// </summary>
public sealed class Key<T>(string name) : Key(name)
{
    public override Type ValueType => typeof(T);
}
