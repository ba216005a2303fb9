using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.IO;

namespace Explainer.Theme;

/// <summary>One section of the site as the theme names it: its label in menus and breadcrumbs, its page's title and description.</summary>
public sealed record SectionText(string Label, string? Title, string? Description);

/// <summary>
/// The labels and navigation every layout shares, from theme/theme.yml: one place to rename a
/// section or change a menu. The generator uses the same titles and descriptions for the pages it
/// makes itself, so C# holds no wording of the theme.
/// </summary>
/// <param name="Book">The e-book's own words by name (contents, references, summary, text, edition, online).</param>
public sealed record ThemeData(IReadOnlyDictionary<string, SectionText> Sections, IReadOnlyList<string> Menu, IReadOnlyList<string> Footer, IReadOnlyDictionary<string, string> Book)
{
    public const string FileName = "theme.yml";

    /// <summary>A stand-in when the file is missing or broken (already reported): labels are the section names.</summary>
    public static readonly ThemeData Fallback = new(new Dictionary<string, SectionText>(), [], [], new Dictionary<string, string>());

    /// <summary>The section's texts, or its name as label when the theme does not name it.</summary>
    public SectionText Section(string name) => Sections.GetValueOrDefault(name) ?? new SectionText(name, null, null);

    /// <summary>One of the e-book's words, or its name when the theme does not give it.</summary>
    public string BookText(string name) => Book.GetValueOrDefault(name) ?? name;

    /// <returns>The theme's data, or null when the file is missing or broken (reported).</returns>
    public static ThemeData? Read(string themeFolder, string relativePath, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(themeFolder, FileName);
        var at = SourcePosition.StartOf(relativePath);
        var (status, text, error) = TextFile.Read(path);
        if (status != TextFile.Status.Ok)
        {
            diagnostics.Error(at, ErrorCodes.TemplateMissing, status == TextFile.Status.Unreadable && !File.Exists(path)
                ? $"the theme has no {FileName}; it names the sections, the menu and the footer links (see README, Theme)"
                : $"cannot read {FileName}: {error ?? "it is empty"}");
            return null;
        }
        if (!YamlText.TryParse(text!, at, diagnostics, ErrorCodes.YamlSyntax, out var root)) return null;
        var problems = diagnostics.ErrorCount;
        var data = new SchemaValidator(at, diagnostics, SchemaCodes.Frontmatter).ValidateRoot(root, Schema.Load("theme"));
        if (diagnostics.ErrorCount > problems) return null;
        var sections = (data.Values.GetValueOrDefault("sections") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>())
            .Where(s => s.Value is IReadOnlyDictionary<string, object?>)
            .ToDictionary(s => s.Key, s => Section((IReadOnlyDictionary<string, object?>)s.Value!, s.Key), StringComparer.Ordinal);
        var book = (data.Values.GetValueOrDefault("book") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>())
            .Where(w => w.Value is string)
            .ToDictionary(w => w.Key, w => (string)w.Value!, StringComparer.Ordinal);
        return new ThemeData(sections, Names(data.Values, "menu"), Names(data.Values, "footer"), book);
    }

    private static SectionText Section(IReadOnlyDictionary<string, object?> values, string name) =>
        new(values.GetValueOrDefault("label") as string ?? name, values.GetValueOrDefault("title") as string, values.GetValueOrDefault("description") as string);

    private static List<string> Names(IReadOnlyDictionary<string, object?> values, string key) =>
        (values.GetValueOrDefault(key) as IEnumerable<object?>)?.OfType<string>().ToList() ?? [];
}
