using System.Text;
using System.Text.Json;
using Explainer.Data;
using Explainer.Diagnostics;

namespace Explainer.Settings;

/// <summary>
/// Reads statiq.json: strict JSON syntax first (for exact syntax error positions), then the
/// shared schema check that reports unknown keys with the nearest valid one.
/// </summary>
public static class SettingsReader
{
    public const string FileName = "statiq.json";

    /// <returns>The settings, and whether the file could be read at all (false: defaults stand in).</returns>
    public static (SiteSettings Settings, bool Readable) Read(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, FileName);
        var at = SourcePosition.StartOf(FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(at, ErrorCodes.Io, $"{FileName} not found in {root}; every site needs one (see README)");
            return (SiteSettings.Default, false);
        }
        var text = File.ReadAllText(path, Encoding.UTF8);
        if (!IsValidJson(text, diagnostics)) return (SiteSettings.Default, false);

        if (!YamlText.TryParse(text, at, diagnostics, ErrorCodes.SettingsSyntax, out var node, language: "JSON")) return (SiteSettings.Default, false);
        var data = new SchemaValidator(at, diagnostics, SchemaCodes.Settings).ValidateRoot(node, Schema.Load("statiq"));
        return (FromValues(data.Values), true);
    }

    private static bool IsValidJson(string text, DiagnosticBag diagnostics)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = CharacterColumn(text, line, (int)(e.BytePositionInLine ?? 0));
            diagnostics.Error(new SourcePosition(FileName, line + 1, column), ErrorCodes.SettingsSyntax, $"invalid JSON: {Explain(e.Message)}");
            return false;
        }
    }

    // The parser counts bytes of UTF-8 within the line; editors count characters.
    private static int CharacterColumn(string text, int lineIndex, int bytes)
    {
        var lines = text.Split('\n');
        if (lineIndex >= lines.Length) return bytes + 1;
        var encoded = Encoding.UTF8.GetBytes(lines[lineIndex]);
        return Encoding.UTF8.GetCharCount(encoded, 0, Math.Min(bytes, encoded.Length)) + 1;
    }

    // System.Text.Json speaks to programmers ("change the reader options"): our own sentence first, saying
    // what to do to the file, then the parser's words for whoever wants to look them up.
    private static string Explain(string message)
    {
        message = message.Split(" LineNumber:", StringSplitOptions.None)[0].Split(" Path:", StringSplitOptions.None)[0].Trim();
        if (message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
            return "a trailing comma after the last item; remove that comma";
        if (message.Contains("expected end of string", StringComparison.OrdinalIgnoreCase) || message.Contains("end of data", StringComparison.OrdinalIgnoreCase))
            return "the file ends too early; check for an unclosed string, { or [";
        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
            return "the file is empty; write the settings as { \"Title\": \"...\" } (README: Settings)";
        var parser = LowerFirst(string.Join(". ", message.Split(". ").Where(s => !s.Contains("reader options", StringComparison.OrdinalIgnoreCase))).TrimEnd('.'));
        var plain = parser switch
        {
            _ when parser.Contains("is invalid after a value", StringComparison.Ordinal) => "a comma is missing before this; separate the settings with commas",
            _ when parser.Contains("within a JSON string", StringComparison.Ordinal) => "a text value is not closed on its line; close its quotation mark",
            _ when parser.Contains("start of a property name", StringComparison.Ordinal) => "a setting's name must be in double quotes, as in \"Title\"",
            _ when parser.Contains("start of a value", StringComparison.Ordinal) || parser.Contains("JSON literal", StringComparison.Ordinal) =>
                "a value must be text in double quotes, a number, true or false",
            _ => null,
        };
        return plain is null ? parser : $"{plain} (JSON parser: {parser})";
    }

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    private static SiteSettings FromValues(IReadOnlyDictionary<string, object?> v)
    {
        var defaults = SiteSettings.Default;
        return new SiteSettings
        {
            Title = v.GetValueOrDefault("Title") as string ?? defaults.Title,
            Description = v.GetValueOrDefault("Description") as string,
            Author = v.GetValueOrDefault("Author") as string,
            Language = v.GetValueOrDefault("Language") as string ?? defaults.Language,
            Host = v.GetValueOrDefault("Host") as string,
            LinksUseHttps = v.GetValueOrDefault("LinksUseHttps") as bool? ?? defaults.LinksUseHttps,
            LinkRoot = v.GetValueOrDefault("LinkRoot") as string ?? defaults.LinkRoot,
            SearchIndex = v.GetValueOrDefault("SearchIndex") as bool? ?? defaults.SearchIndex,
            Feed = v.GetValueOrDefault("Feed") as bool? ?? defaults.Feed,
            Sitemap = v.GetValueOrDefault("Sitemap") as bool? ?? defaults.Sitemap,
            RelativeLinks = v.GetValueOrDefault("RelativeLinks") as bool? ?? defaults.RelativeLinks,
            Downloads = v.GetValueOrDefault("Downloads") as bool? ?? defaults.Downloads,
            Countries = v.GetValueOrDefault("Countries") as bool? ?? defaults.Countries,
            FigureCheck = v.GetValueOrDefault("FigureCheck") as string ?? defaults.FigureCheck,
            UncitedProseCheck = v.GetValueOrDefault("UncitedProseCheck") as string ?? defaults.UncitedProseCheck,
            UncitedProseLength = v.GetValueOrDefault("UncitedProseLength") as int? ?? defaults.UncitedProseLength,
            License = v.GetValueOrDefault("License") as string,
        };
    }
}
