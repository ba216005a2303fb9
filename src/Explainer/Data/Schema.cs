using System.Reflection;
using System.Text.Json;

namespace Explainer.Data;

/// <summary>
/// The subset of JSON Schema the generator understands: type (one or several), properties,
/// required, additionalProperties: false, items, enum, format, pattern, minimum, minLength, minItems,
/// and "$ref" to the file's own "#/definitions/NAME".
/// The same schema files ship in the repository so editors' own tools can validate as they type.
/// </summary>
public sealed class Schema
{
    public IReadOnlyList<string> Types { get; private init; } = [];
    public IReadOnlyDictionary<string, Schema> Properties { get; private init; } = new Dictionary<string, Schema>();
    public IReadOnlySet<string> Required { get; private init; } = new HashSet<string>();
    public bool AllowsOtherProperties { get; private init; } = true;
    public Schema? Items { get; private init; }
    public IReadOnlyList<string> Enum { get; private init; } = [];
    public string? Format { get; private init; }
    public string? Pattern { get; private init; }
    public double? Minimum { get; private init; }
    public int? MinLength { get; private init; }
    public int? MinItems { get; private init; }
    public string? Description { get; private init; }

    public bool Allows(string type) => Types.Count == 0 || Types.Contains(type);

    /// <summary>Loads a schema shipped inside the generator, e.g. "topic" for Schemas/topic.schema.json.</summary>
    public static Schema Load(string name)
    {
        var resource = $"Schemas/{name}.schema.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the generator is missing its embedded schema {resource}");
        using var json = JsonDocument.Parse(stream);
        return From(json.RootElement, json.RootElement);
    }

    public static Schema From(JsonElement element) => From(element, element);

    private static Schema From(JsonElement element, JsonElement root)
    {
        if (element.TryGetProperty("$ref", out var reference) && reference.GetString() is { } target && target.StartsWith("#/definitions/", StringComparison.Ordinal))
            return From(root.GetProperty("definitions").GetProperty(target["#/definitions/".Length..]), root);
        return Read(element, root);
    }

    private static Schema Read(JsonElement element, JsonElement root) => new()
    {
        Types = element.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!]
            : [],
        Properties = element.TryGetProperty("properties", out var props)
            ? props.EnumerateObject().ToDictionary(p => p.Name, p => From(p.Value, root), StringComparer.Ordinal)
            : new Dictionary<string, Schema>(),
        Required = element.TryGetProperty("required", out var required)
            ? required.EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(),
        AllowsOtherProperties = !element.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False,
        Items = element.TryGetProperty("items", out var items) ? From(items, root) : null,
        Enum = element.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : [],
        Format = element.TryGetProperty("format", out var format) ? format.GetString() : null,
        Pattern = element.TryGetProperty("pattern", out var pattern) ? pattern.GetString() : null,
        Minimum = element.TryGetProperty("minimum", out var minimum) ? minimum.GetDouble() : null,
        MinLength = element.TryGetProperty("minLength", out var minLength) ? minLength.GetInt32() : null,
        MinItems = element.TryGetProperty("minItems", out var minItems) ? minItems.GetInt32() : null,
        Description = element.TryGetProperty("description", out var description) ? description.GetString() : null,
    };
}
