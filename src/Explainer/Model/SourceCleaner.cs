using System.Text.RegularExpressions;

namespace Explainer.Model;

/// <summary>
/// Turns a seed's raw text into numbered paragraphs: splits it at blank lines, drops blocks
/// that are site chrome or captions, marks section headings, applies exact text corrections
/// and removes footnote numbers glued to sentences. Never drops a sentence it was not told to.
/// </summary>
public static partial class SourceCleaner
{
    public static CleanedText Clean(string seedText, CleanupRules rules)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var blocks = new List<SourceBlock>();
        var number = 0;
        foreach (var raw in SplitBlocks(seedText))
        {
            if (rules.Drop.FirstOrDefault(r => r.Prefix ? raw.StartsWith(Normalize(r.Text), StringComparison.Ordinal) : raw == Normalize(r.Text)) is { } drop)
            {
                used.Add(drop.KeyPath);
                continue;
            }
            if (rules.Headings.FirstOrDefault(h => raw == Normalize(h.Text)) is { } heading)
            {
                used.Add(heading.KeyPath);
                blocks.Add(new SourceBlock(0, raw));
                continue;
            }
            blocks.Add(new SourceBlock(++number, Correct(raw, rules, used)));
        }
        var unused = rules.Drop.Select(r => r.KeyPath)
            .Concat(rules.Headings.Select(r => r.KeyPath))
            .Concat(rules.Replace.Select(r => r.KeyPath))
            .Where(path => !used.Contains(path))
            .ToList();
        var suspects = blocks.Where(b => !b.IsHeading && GluedNumber().IsMatch(b.Text)).Select(b => GluedNumber().Match(b.Text).Value).ToList();
        return new CleanedText(blocks, unused, suspects);
    }

    /// <summary>Blocks separated by blank lines; a block's lines are joined with single spaces.</summary>
    public static IEnumerable<string> SplitBlocks(string text)
    {
        var current = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0) yield return Normalize(string.Join(' ', current));
                current.Clear();
                continue;
            }
            current.Add(line);
        }
        if (current.Count > 0) yield return Normalize(string.Join(' ', current));
    }

    private static string Correct(string text, CleanupRules rules, HashSet<string> used)
    {
        foreach (var rule in rules.Replace)
        {
            if (!text.Contains(rule.Find, StringComparison.Ordinal)) continue;
            used.Add(rule.KeyPath);
            text = text.Replace(rule.Find, rule.With, StringComparison.Ordinal);
        }
        if (rules.FootnoteMarkers) text = Normalize(FootnoteMarker().Replace(text, ""));
        return text;
    }

    /// <summary>Collapses runs of whitespace (including no-break spaces) and trims, so rules compare text, not spacing.</summary>
    private static string Normalize(string text) => Whitespace().Replace(text.Replace('\uFEFF', ' '), " ").Trim();

    // Reference numbers after sentence-final punctuation (and an optional closing quote), alone
    // or in a run ("China.8 9 10 New"), followed by a new sentence or the end of the paragraph.
    // After a digit ("ECU-911.37") only at the paragraph's end, so "4.5 Billion" stays a number.
    [GeneratedRegex(@"(?<=[^\d\s][.!?][”""’']?)\s?\d{1,3}(?:\s\d{1,3})*(?=\s+\p{Lu}|\s*$)|(?<=\d[.!?])\s?\d{1,3}(?=\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMarker();

    // What a footnote number left behind looks like: "city.1" or "Uighurs16".
    [GeneratedRegex(@"\p{Ll}[.”]?\d{1,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex GluedNumber();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();
}
