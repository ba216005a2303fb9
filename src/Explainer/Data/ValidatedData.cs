using Explainer.Diagnostics;

namespace Explainer.Data;

/// <summary>
/// The values of a YAML or JSON mapping after schema validation, converted to .NET types
/// (string, int, double, bool, DateOnly, PartialDate, lists and nested mappings), with the
/// position of every value by its path ("title", "cleanup.drop[2]") for later diagnostics.
/// </summary>
public sealed record ValidatedData(IReadOnlyDictionary<string, object?> Values, IReadOnlyDictionary<string, SourcePosition> Positions)
{
    public static readonly ValidatedData Empty = new(new Dictionary<string, object?>(), new Dictionary<string, SourcePosition>());
}
