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

    public static SiteSettings Read(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, FileName);
        var at = SourcePosition.StartOf(FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(at, ErrorCodes.Io, $"{FileName} not found in {root}; every site needs one (see README)");
            return SiteSettings.Default;
        }
        var text = File.ReadAllText(path, Encoding.UTF8);
        if (!IsValidJson(text, diagnostics)) return SiteSettings.Default;

        if (!YamlText.TryParse(text, at, diagnostics, ErrorCodes.SettingsSyntax, out var node)) return SiteSettings.Default;
        var data = new SchemaValidator(at, diagnostics, SchemaCodes.Settings).ValidateRoot(node, Schema.Load("statiq"));
        return FromValues(data.Values);
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
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            var message = e.Message.Split(" LineNumber:", StringSplitOptions.None)[0].TrimEnd('.', ' ');
            diagnostics.Error(new SourcePosition(FileName, line, column), ErrorCodes.SettingsSyntax, $"invalid JSON: {message}");
            return false;
        }
    }

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
            License = v.GetValueOrDefault("License") as string,
        };
    }
}
