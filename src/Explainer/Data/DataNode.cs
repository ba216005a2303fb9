namespace Explainer.Data;

/// <summary>
/// A value read from YAML or JSON, with the 1-based line and column where it starts in that text.
/// The schema check works on these, whichever reader produced them.
/// </summary>
public abstract record DataNode(int Line, int Column);

/// <summary>A scalar. <paramref name="Plain"/>: written without quotes (so "3" is a number and "" is null).</summary>
public sealed record DataScalar(string Text, bool Plain, int Line, int Column) : DataNode(Line, Column)
{
    /// <summary>An unquoted empty, "~" or "null" value: YAML's null.</summary>
    public bool IsNull => Plain && Text is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record DataList(IReadOnlyList<DataNode> Items, int Line, int Column) : DataNode(Line, Column);

public sealed record DataMap(IReadOnlyList<KeyValuePair<DataScalar, DataNode>> Entries, int Line, int Column) : DataNode(Line, Column);
