using System.Text.RegularExpressions;
using Explainer.Diagnostics;

namespace Explainer.Theme;

/// <summary>
/// Checks a template's structure before Handlebars compiles it, so mistakes are reported exactly
/// where they are: a "{{" never closed, a block ("{{#each}}", "{{#> base}}") never closed or closed
/// twice, and calls of partials the theme does not have. Handlebars' own messages often point at
/// the end of the file instead.
/// </summary>
public static partial class TemplateLint
{
    /// <returns>True when the template's structure is sound (partial calls aside).</returns>
    public static bool Check(string text, string path, IEnumerable<string> partials, DiagnosticBag diagnostics)
    {
        var sound = true;
        var open = new Stack<(string Name, int Index)>();
        var index = 0;
        while ((index = text.IndexOf("{{", index, StringComparison.Ordinal)) >= 0)
        {
            if (text.AsSpan(index).StartsWith("{{!"))
            {
                // A comment, "{{!-- ... --}}" or "{{! ... }}", may itself mention mustaches.
                var commentEnd = text.AsSpan(index).StartsWith("{{!--") ? text.IndexOf("--}}", index, StringComparison.Ordinal) : text.IndexOf("}}", index, StringComparison.Ordinal);
                if (commentEnd < 0)
                {
                    diagnostics.Error(At(text, index, path), ErrorCodes.TemplateSyntax, "template syntax error: a comment opened here is never closed");
                    return false;
                }
                index = commentEnd + 2;
                continue;
            }
            var close = text.IndexOf("}}", index + 2, StringComparison.Ordinal);
            var next = text.IndexOf("{{", index + 2, StringComparison.Ordinal);
            if (close < 0 || (next >= 0 && next < close && !text.AsSpan(index).StartsWith("{{{")))
            {
                diagnostics.Error(At(text, index, path), ErrorCodes.TemplateSyntax, "template syntax error: '{{' is never closed with '}}'");
                return false;
            }
            var tag = Tag().Match(text, index, close + 2 - index);
            if (tag.Success)
            {
                var kind = tag.Groups["kind"].Value;
                var name = tag.Groups["name"].Value;
                if (kind is "#" or "#>") open.Push((name.TrimStart('*'), index));
                else if (kind == "/")
                {
                    if (!open.Any(block => block.Name == name))
                    {
                        diagnostics.Error(At(text, index, path), ErrorCodes.TemplateSyntax, $"template syntax error: '{{{{/{name}}}}}' closes a block that is not open here");
                        return false;
                    }
                    // Blocks opened inside the one closed here were never closed themselves: report them where they open.
                    while (open.Peek().Name != name)
                    {
                        var (inner, at) = open.Pop();
                        diagnostics.Error(At(text, at, path), ErrorCodes.TemplateSyntax, $"template syntax error: the block '{inner}' opened here is never closed with '{{{{/{inner}}}}}'");
                        sound = false;
                    }
                    open.Pop();
                }
                if (kind is ">" or "#>" && !name.StartsWith('@') && !partials.Contains(name))
                {
                    diagnostics.Error(At(text, index, path), ErrorCodes.TemplateMissing, $"partial '{name}' not found in theme/partials/{Suggestions.DidYouMean(name, partials)}");
                    sound = false;
                }
            }
            index = close + 2;
        }
        foreach (var (name, at) in open)
        {
            diagnostics.Error(At(text, at, path), ErrorCodes.TemplateSyntax, $"template syntax error: the block '{name}' opened here is never closed with '{{{{/{name}}}}}'");
            sound = false;
        }
        return sound;
    }

    /// <summary>The 1-based line and column of a character index.</summary>
    public static SourcePosition At(string text, int index, string path)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new SourcePosition(path, line, index - lineStart + 1);
    }

    // "{{#each Items}}", "{{#> base}}", "{{/each}}", "{{> partial}}", with optional "~" whitespace control.
    [GeneratedRegex(@"\G\{\{~?\s*(?<kind>#>|#|/|>)\s*(?<name>[@*]?[A-Za-z0-9_./-]+)")]
    private static partial Regex Tag();
}
