using System.Collections.Concurrent;
using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Settings;
using Explainer.Theme.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Theme;

/// <summary>
/// The theme's Scriban templates (<c>.sbn</c>): layouts (theme/layouts/NAME.sbn, one per kind of
/// page or generated file) and partials (theme/partials/NAME.sbn, used as
/// <c>{{ include 'NAME' }}</c>). Everything is parsed once at load, so syntax errors and includes of
/// missing partials surface before any page is rendered; a template that fails while rendering is
/// reported once, at the place in the template, not for every page it breaks.
/// </summary>
public sealed class ThemeTemplates
{
    public const string Extension = ".sbn";

    private readonly Dictionary<string, Template> _layouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Template> _partials = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);
    private readonly HashSet<string> _brokenPartials = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);
    private readonly PartialInclude _include;
    private readonly ScriptObject _functions;

    private ThemeTemplates(SiteUrls urls)
    {
        _include = new PartialInclude(_partials);
        _functions = TemplateFunctions.For(urls);
    }

    /// <summary>Tells this compiled theme from every other: a page laid out by one is not reused under another.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Whether any template had a problem; then rendering failures are consequences, not news.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Loads and parses the theme, reporting every template problem.</summary>
    /// <param name="files">The theme's files that may be read (links leading outside the site are not among them).</param>
    /// <param name="dataBroken">theme.yml could not be read (already reported): pages that fail for want of its labels are consequences, not news.</param>
    public static ThemeTemplates Load(string themeFolder, IReadOnlyCollection<string> files, string root, SiteUrls urls, DiagnosticBag diagnostics, bool dataBroken = false)
    {
        var theme = new ThemeTemplates(urls) { HasErrors = dataBroken };
        foreach (var (name, path) in Files(themeFolder, files, "partials"))
        {
            if (Parse(path, root, diagnostics) is { } partial) theme._partials[name] = partial;
            else
            {
                theme._brokenPartials.Add(name);
                theme.HasErrors = true;
            }
        }
        foreach (var (name, path) in Files(themeFolder, files, "layouts"))
        {
            if (Parse(path, root, diagnostics) is { } layout) theme._layouts[name] = layout;
            else
            {
                theme._broken.Add(name);
                theme.HasErrors = true;
            }
        }
        theme.CheckIncludes(diagnostics);
        return theme;
    }

    /// <summary>
    /// Renders a layout for one page; null when the layout is missing or fails. A problem already
    /// reported (when the theme was loaded, or for an earlier page) is not reported again.
    /// </summary>
    /// <param name="asked">Where the page asks for the layout (its <c>layout</c> key, or the page itself).</param>
    public Utf8Text? Render(string layout, PageView page, SiteView site, SourcePosition asked, DiagnosticBag diagnostics)
    {
        if (!_layouts.TryGetValue(layout, out var template))
        {
            if (!_broken.Contains(layout))
                diagnostics.Error(asked, ErrorCodes.TemplateMissing, $"layout '{layout}' not found in theme/layouts/{Suggestions.DidYouMean(layout, _layouts.Keys.Concat(_broken))}");
            return null;
        }
        var (context, output) = Context();
        context.EscapesValues = !layout.EndsWith(".txt", StringComparison.Ordinal);
        // Set directly: importing an anonymous object reads its members by reflection on every page.
        var model = new ScriptObject { { "page", page }, { "site", site } };
        context.PushGlobal(model);
        try
        {
            // Evaluated into the page's UTF-8 output: Template.Render would build the page as a string first.
            if (template.Page is { } layoutPage) context.Evaluate(layoutPage);
            return output.Take();
        }
        catch (ScriptRuntimeException e)
        {
            Report(e, asked, diagnostics);
            _context = null; // a render that failed midway may leave outputs and scopes pushed: the next page starts afresh
            return null;
        }
        finally
        {
            if (_context is not null) context.PopGlobal();
        }
    }

    [ThreadStatic]
    private static (ThemeTemplates Theme, HtmlTemplateContext Context, Utf8Output Output)? _context;

    // One context per thread, reused page after page: making one sets up all of Scriban's built-in functions.
    private (HtmlTemplateContext, Utf8Output) Context()
    {
        if (_context is { } current && ReferenceEquals(current.Theme, this)) return (current.Context, current.Output);
        var context = new HtmlTemplateContext(_include, _functions);
        var output = new Utf8Output();
        context.PushOutput(output);
        _context = (this, context, output);
        return (context, output);
    }

    private void Report(ScriptRuntimeException e, SourcePosition asked, DiagnosticBag diagnostics)
    {
        var at = Position(e.Span);
        var message = e is PartialInclude.MissingPartialException ? e.OriginalMessage : $"rendering {asked.Path} failed: {Plain(e.OriginalMessage)}{NullHint(e.OriginalMessage)}";
        if (HasErrors || !_reported.TryAdd($"{at}|{e.OriginalMessage}", true)) return;
        diagnostics.Error(at, e is PartialInclude.MissingPartialException ? ErrorCodes.TemplateMissing : ErrorCodes.TemplateRender, message);
    }

    // A value that is absent for some pages (a first topic has no previous one) must be tested before its members are read.
    private static string NullHint(string message) =>
        System.Text.RegularExpressions.Regex.Match(message, "^Object `([^`]+)` is null") is { Success: true } match
            ? $"; test it first: {{{{ if {match.Groups[1].Value} }}}}"
            : "";

    private void CheckIncludes(DiagnosticBag diagnostics)
    {
        foreach (var template in _partials.Values.Concat(_layouts.Values))
        {
            foreach (var (name, span) in IncludeCheck.Of(template).Where(i => !_partials.ContainsKey(i.Name) && !_brokenPartials.Contains(i.Name)))
            {
                diagnostics.Error(Position(span), ErrorCodes.TemplateMissing, $"partial '{name}' not found in theme/partials/{Suggestions.DidYouMean(name, _partials.Keys)}");
                HasErrors = true;
            }
        }
    }

    private static Template? Parse(string path, string root, DiagnosticBag diagnostics)
    {
        var relative = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
        var text = File.ReadAllText(path);
        var template = Template.Parse(text, relative);
        if (!template.HasErrors) return template;
        // One mistake makes the parser stumble several times: its first message is the one that names it.
        var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
        // Scriban finds a missing "end" at the end of the file; the block that lacks it is where to look.
        var at = first.Message.Contains("<end>", StringComparison.Ordinal) && UnclosedBlock.In(text) is { } opened
            ? new SourcePosition(relative, opened.Line + 1, opened.Column + 1)
            : Position(first.Span);
        var hint = UnclosedOnLine(text, at.Line) ? "; a '{{' on this line has no '}}'" : "";
        diagnostics.Error(at, ErrorCodes.TemplateSyntax, $"template syntax error: {Plain(first.Message)}{hint}");
        return null;
    }

    private static Dictionary<string, string> Files(string themeFolder, IReadOnlyCollection<string> files, string kind)
    {
        var folder = Path.Combine(themeFolder, kind);
        return files.Where(path => Path.GetDirectoryName(path) == folder && path.EndsWith(Extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileName(p)[..^Extension.Length], p => p, StringComparer.Ordinal);
    }

    // Whether a line opens more "{{" than it closes: the usual cause of a parser error on that line.
    private static bool UnclosedOnLine(string text, int line)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length) return false;
        var code = lines[line - 1];
        return code.Split("{{").Length > code.Split("}}").Length;
    }

    // Scriban's spans count from zero; diagnostics from one.
    private static SourcePosition Position(SourceSpan span) => new(span.FileName ?? "theme", span.Start.Line + 1, span.Start.Column + 1);

    // Scriban quotes names in backticks; a message line reads better with plain quotes and a lower-case start.
    private static string Plain(string message)
    {
        var text = message.Replace('`', '\'').Trim().TrimEnd('.');
        return text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
    }
}
