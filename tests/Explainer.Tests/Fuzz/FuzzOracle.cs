using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Explainer.Diagnostics;

namespace Explainer.Tests.Fuzz;

/// <summary>What must hold for any input the fuzzers feed: known codes, positions inside the file, and safe HTML.</summary>
public static class FuzzOracle
{
    private static readonly HashSet<string> Known = ErrorCodes.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Fails unless the 1-based position lies inside <paramref name="text"/> (or just past its end) and the code is documented.</summary>
    public static void AssertDiagnostic(string text, int line, int column, string code, string message)
    {
        Assert.True(Known.Contains(code), $"unknown code {code}: {message}");
        Assert.False(string.IsNullOrWhiteSpace(message), $"{code} without a message");
        Assert.True(message.IndexOfAny(['\n', '\r']) < 0, $"{code} message spans lines: {message}");
        Assert.True(line >= 1, $"{code} at line {line}: {message}");
        Assert.True(column >= 1, $"{code} at column {column}: {message}");
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var inside = Inside(lines, line, column)
            // JSON counts only line feeds as line ends, where YAML and Markdown also count a lone carriage return; statiq.json is read by both.
            || (code == "EXP101" && Inside(text.Split('\n'), line, column));
        Assert.True(inside,
            $"{code} at {line}:{column}, outside the text's {lines.Length} lines: {message}");
    }

    private static bool Inside(string[] lines, int line, int column) =>
        line <= lines.Length + 1 && column <= (line <= lines.Length ? lines[line - 1].Length : 0) + 1;

    /// <summary>Markup that passed the safety check must not run script or load anything from elsewhere.</summary>
    public static void AssertSafe(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var element in document.All)
        {
            Assert.False(element.LocalName is "script" or "iframe" or "object" or "embed" or "style" or "form" or "base" or "meta" or "link" or "svg" or "math", $"<{element.LocalName}> in accepted HTML:\n{html}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name is "style" or "srcdoc", $"{attribute.Name} on <{element.LocalName}> in accepted HTML:\n{html}");
                if (attribute.Name is "href" or "src" or "cite")
                    Assert.True(IsSafeUrl(attribute.Value, element.LocalName == "img"), $"{attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}> in accepted HTML:\n{html}");
            }
        }
    }

    // Independent of the generator's own check, on purpose: the browser's view of a URL.
    private static bool IsSafeUrl(string value, bool image)
    {
        var compact = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        if (compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith("\\\\", StringComparison.Ordinal) || compact.StartsWith("/\\", StringComparison.Ordinal)) return false;
        var colon = compact.IndexOf(':');
        var delimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (delimiter >= 0 && delimiter < colon)) return true;
        return !image && (compact.StartsWith("http:", StringComparison.Ordinal) || compact.StartsWith("https:", StringComparison.Ordinal) || compact.StartsWith("mailto:", StringComparison.Ordinal));
    }

    /// <summary>The HTML parser's complaints about markup the generator wrote itself (from input without raw HTML).</summary>
    public static List<string> ParseErrors(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message + " at " + ((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Position);
        parser.ParseDocument("<!DOCTYPE html><html><head><title>x</title></head><body>" + html + "</body></html>");
        return errors;
    }
}
