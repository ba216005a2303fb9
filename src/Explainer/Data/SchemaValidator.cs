using System.Globalization;
using System.Text.RegularExpressions;
using Explainer.Diagnostics;

namespace Explainer.Data;

/// <summary>
/// Checks YAML nodes against a <see cref="Schema"/> and converts them to typed values in the
/// same walk, reporting every problem (unknown keys with a suggestion, wrong types, bad dates,
/// missing keys) rather than stopping at the first.
/// </summary>
public sealed class SchemaValidator(SourcePosition origin, DiagnosticBag diagnostics, SchemaCodes codes)
{
    private readonly Dictionary<string, SourcePosition> _positions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _empty = new(StringComparer.Ordinal);
    // Keys an unknown key was taken for ("descripton" for 'description'): that key is not reported missing as well.
    private readonly HashSet<string> _misspelled = new(StringComparer.Ordinal);

    /// <summary>Validates a root mapping; <paramref name="root"/> may be null for empty frontmatter.</summary>
    public ValidatedData ValidateRoot(DataNode? root, Schema schema)
    {
        if (root is null || root is DataScalar { IsNull: true })
        {
            ReportMissing(schema, new Dictionary<string, object?>(), origin);
            return ValidatedData.Empty with { Positions = _positions };
        }
        var value = Convert(root, schema, "");
        var values = value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        return new ValidatedData(values, _positions);
    }

    private object? Convert(DataNode node, Schema schema, string path)
    {
        var at = YamlText.At(origin, node);
        if (path.Length > 0) _positions[path] = at;
        return node switch
        {
            DataMap mapping when schema.Allows("object") => ConvertMapping(mapping, schema, path, at),
            DataList sequence when schema.Allows("array") => ConvertSequence(sequence, schema, path, at),
            DataScalar scalar => ConvertScalar(scalar, schema, path, at),
            _ => WrongType(path, at, schema, node is DataMap ? "a mapping" : "a list"),
        };
    }

    private IReadOnlyDictionary<string, object?> ConvertMapping(DataMap mapping, Schema schema, string path, SourcePosition at)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Entries)
        {
            var key = keyNode.Text;
            var keyAt = YamlText.At(origin, keyNode);
            var keyPath = path.Length == 0 ? key : $"{path}.{key}";
            if (!schema.Properties.TryGetValue(key, out var property))
            {
                if (!schema.AllowsOtherProperties)
                {
                    var where = path.Length == 0 ? "" : $" in '{path}'";
                    var meant = Suggestions.Nearest(key, schema.Properties.Keys);
                    if (meant is not null) _misspelled.Add(path.Length == 0 ? meant : $"{path}.{meant}");
                    diagnostics.Error(keyAt, codes.UnknownKey, $"unknown key '{key}'{where}{(meant is null ? "" : $" (did you mean '{meant}'?)")}");
                    continue;
                }
                property = new Schema();
            }
            if (valueNode is DataScalar { IsNull: true })
            {
                _positions[keyPath] = keyAt;
                _empty.Add(keyPath);
                continue;
            }
            var value = Convert(valueNode, property, keyPath);
            if (value is not null) values[key] = value;
        }
        ReportMissing(schema, values, at, path);
        return values;
    }

    private List<object?> ConvertSequence(DataList sequence, Schema schema, string path, SourcePosition at)
    {
        var items = new List<object?>();
        var index = 0;
        foreach (var child in sequence.Items)
        {
            // Invalid items stay as nulls so later positions ("drop[2]") still match the file.
            items.Add(Convert(child, schema.Items ?? new Schema(), $"{path}[{index++}]"));
        }
        if (schema.MinItems is { } min && sequence.Items.Count < min)
            diagnostics.Error(at, codes.InvalidValue, $"'{path}' needs at least {Plural.Count(min, "item")}");
        return items;
    }

    private object? ConvertScalar(DataScalar scalar, Schema schema, string path, SourcePosition at)
    {
        var text = scalar.Text;
        var plain = scalar.Plain;
        if (plain && schema.Allows("boolean") && text is "true" or "false") return text == "true";
        if (plain && schema.Allows("integer") && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            return CheckMinimum(number, schema, path, at);
        if (plain && schema.Allows("number") && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
            return CheckMinimum(real, schema, path, at);
        if (!schema.Allows("string") || (plain && codes.JsonTypes)) return WrongType(path, at, schema, plain && codes.JsonTypes ? text : $"'{text}'");
        return CheckString(text, schema, path, at);
    }

    private object? CheckString(string text, Schema schema, string path, SourcePosition at)
    {
        if (schema.MinLength is { } minLength && text.Trim().Length < minLength)
        {
            diagnostics.Error(at, codes.InvalidValue, $"'{path}' must not be empty");
            return null;
        }
        if (schema.Enum.Count > 0 && !schema.Enum.Contains(text, StringComparer.Ordinal))
        {
            diagnostics.Error(at, codes.InvalidValue,
                $"'{path}' is '{text}' but must be one of: {string.Join(", ", schema.Enum)}{Suggestions.DidYouMean(text, schema.Enum)}");
            return null;
        }
        if (schema.Pattern is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            diagnostics.Error(at, codes.InvalidValue, $"'{path}' is '{text}', which is not allowed here{PatternHint(schema)}{Allowed(text, pattern)}");
            return null;
        }
        return schema.Format switch
        {
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date : InvalidDate(path, at, text, "YYYY-MM-DD"),
            "partial-date" => PartialDate.TryParse(text, out var partial) ? partial : InvalidDate(path, at, text, "YYYY, YYYY-MM or YYYY-MM-DD"),
            "uri" => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? text : Invalid(path, at, $"'{path}' must be a full http or https address, not '{text}'"),
            _ => text,
        };
    }

    private object? CheckMinimum(double value, Schema schema, string path, SourcePosition at)
    {
        if (schema.Minimum is { } minimum && value < minimum)
            return Invalid(path, at, $"'{path}' must be at least {minimum.ToString(CultureInfo.InvariantCulture)}, not {value.ToString(CultureInfo.InvariantCulture)}");
        return schema.Allows("integer") && value == Math.Floor(value) ? (object)(int)value : value;
    }

    private void ReportMissing(Schema schema, IReadOnlyDictionary<string, object?> values, SourcePosition at, string path = "")
    {
        foreach (var key in schema.Required.Order(StringComparer.Ordinal))
        {
            if (values.ContainsKey(key)) continue;
            var full = path.Length == 0 ? key : $"{path}.{key}";
            if (_empty.Contains(full))
                diagnostics.Error(_positions[full], codes.MissingKey, $"'{full}' is required but empty");
            else if (!_positions.ContainsKey(full) && !_misspelled.Contains(full)) // present but invalid, or misspelled: already reported
                diagnostics.Error(at, codes.MissingKey, $"missing required key '{full}'{Describe(schema.Properties.GetValueOrDefault(key))}");
        }
    }

    private object? WrongType(string path, SourcePosition at, Schema schema, string found)
    {
        var expected = string.Join(" or ", schema.Types.Select(TypeName));
        diagnostics.Error(at, codes.WrongType, $"'{path}' must be {expected}, not {found}");
        return null;
    }

    private object? InvalidDate(string path, SourcePosition at, string text, string form)
    {
        diagnostics.Error(at, codes.InvalidDate, $"'{path}' is '{text}', which is not a valid date; write {form}");
        return null;
    }

    private object? Invalid(string path, SourcePosition at, string message)
    {
        diagnostics.Error(at, codes.InvalidValue, message);
        return null;
    }

    private static string PatternHint(Schema schema) => schema.Description is { } d ? $" ({d})" : "";

    // Most patterns are slugs (tags, related, slug): "Golden Shield" is most likely meant as "golden-shield".
    private static string Allowed(string text, string pattern)
    {
        var slug = IO.SitePaths.Slugify(text);
        return slug != text && text.Any(char.IsLetterOrDigit) && Regex.IsMatch(slug, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            ? $" (did you mean '{slug}'?)" : "";
    }

    private static string Describe(Schema? property) => property?.Description is { } d ? $" ({d})" : "";

    private static string TypeName(string type) => type switch
    {
        "string" => "text",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        "array" => "a list",
        "object" => "a mapping of keys to values",
        _ => type,
    };
}
