using System.Text.RegularExpressions;
using Explainer.Diagnostics;
using Explainer.Settings;
using HandlebarsDotNet;

namespace Explainer.Theme;

/// <summary>
/// The theme's Handlebars templates: layouts (theme/layouts/NAME.hbs, one per kind of page or
/// generated file) and partials (theme/partials/NAME.hbs, used as {{> NAME}} or {{#> NAME}}).
/// Everything is compiled once at load, so syntax errors surface before any page is rendered.
/// </summary>
public sealed partial class ThemeTemplates
{
    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _layouts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);

    private ThemeTemplates() { }

    public IReadOnlyCollection<string> Layouts => _layouts.Keys;

    /// <summary>Tells this compiled theme from every other: a page laid out by one is not reused under another.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>Whether any template had a problem; then rendering failures are consequences, not news.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Loads and compiles the theme, reporting every template problem.</summary>
    /// <param name="files">The theme's files that may be read (links leading outside the site are not among them).</param>
    public static ThemeTemplates Load(string themeFolder, IReadOnlyCollection<string> files, string root, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var theme = new ThemeTemplates();
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        TemplateHelpers.Register(handlebars, urls);

        var partials = Files(themeFolder, files, "partials");
        foreach (var (name, path) in partials)
        {
            var text = Unindent(File.ReadAllText(path));
            if (Compile(handlebars, text, Relative(root, path), partials.Keys, diagnostics) is { } partial) handlebars.RegisterTemplate(name, partial);
            else theme.HasErrors = true;
        }
        foreach (var (name, path) in Files(themeFolder, files, "layouts"))
        {
            var text = Unindent(File.ReadAllText(path));
            if (Compile(handlebars, text, Relative(root, path), partials.Keys, diagnostics) is { } template) theme._layouts[name] = template;
            else
            {
                theme._broken.Add(name);
                theme.HasErrors = true;
            }
        }
        return theme;
    }

    /// <summary>
    /// Renders a layout; null when the layout is missing or fails. A problem already reported when
    /// the theme was loaded is not reported again for every page it breaks.
    /// </summary>
    /// <param name="asked">Where the page asks for the layout (its <c>layout</c> key, or the page itself).</param>
    public IO.Utf8Text? Render(string layout, object model, SourcePosition asked, DiagnosticBag diagnostics)
    {
        if (!_layouts.TryGetValue(layout, out var template))
        {
            if (!_broken.Contains(layout))
                diagnostics.Error(asked, ErrorCodes.TemplateMissing, $"layout '{layout}' not found in theme/layouts/{Suggestions.DidYouMean(layout, _layouts.Keys.Concat(_broken))}");
            return null;
        }
        var writer = Writer();
        try
        {
            template(writer, model, null!);
            return IO.Utf8Text.From(writer.GetStringBuilder());
        }
        catch (HandlebarsException e)
        {
            if (!HasErrors)
                diagnostics.Error(new SourcePosition($"theme/layouts/{layout}.hbs", 1, 1), ErrorCodes.TemplateRender, $"rendering {asked.Path} failed: {Innermost(e)}");
            return null;
        }
    }

    [ThreadStatic]
    private static StringWriter? _writer;

    // One writer per thread, reused page after page, so its buffer is not grown again for every page.
    private static StringWriter Writer()
    {
        _writer ??= new StringWriter(new System.Text.StringBuilder(32 * 1024), System.Globalization.CultureInfo.InvariantCulture);
        _writer.GetStringBuilder().Clear();
        return _writer;
    }

    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e.Message;
    }

    /// <summary>
    /// Removes the indentation before partial calls that stand on a line of their own. Handlebars.Net
    /// 2.4.3 renders an indented standalone partial through a path that skips HTML escaping, which
    /// would let frontmatter text inject markup; unindented, the same partial is escaped as usual.
    /// </summary>
    public static string Unindent(string template) => IndentedPartial().Replace(template, "$1");

    private static Dictionary<string, string> Files(string themeFolder, IReadOnlyCollection<string> files, string kind)
    {
        var folder = Path.Combine(themeFolder, kind);
        return files.Where(path => Path.GetDirectoryName(path) == folder && path.EndsWith(".hbs", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => p, StringComparer.Ordinal);
    }

    private static HandlebarsTemplate<TextWriter, object, object>? Compile(IHandlebars handlebars, string text, string path, IEnumerable<string> partials, DiagnosticBag diagnostics)
    {
        if (!TemplateLint.Check(text, path, partials, diagnostics)) return null;
        try
        {
            return handlebars.Compile(new StringReader(text));
        }
        catch (Exception e) when (e is HandlebarsException or InvalidOperationException or ArgumentException)
        {
            var (line, column) = Position(e.Message);
            var message = e.Message.Split('\n')[0].Trim().TrimEnd('.');
            diagnostics.Error(new SourcePosition(path, line, column), ErrorCodes.TemplateSyntax, $"template syntax error: {LowerFirst(message)}");
            return null;
        }
    }

    // Handlebars.Net ends some parser messages with "Occured at: line:column" (0-based).
    private static (int Line, int Column) Position(string message)
    {
        var match = OccurredAt().Match(message);
        return match.Success ? (int.Parse(match.Groups[1].Value) + 1, int.Parse(match.Groups[2].Value) + 1) : (1, 1);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    [GeneratedRegex(@"^[ \t]+(\{\{~?#?>)", RegexOptions.Multiline)]
    private static partial Regex IndentedPartial();

    [GeneratedRegex(@"Occured at: (\d+):(\d+)")]
    private static partial Regex OccurredAt();
}
