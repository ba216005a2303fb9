using System.Text.RegularExpressions;

namespace Explainer.Publishing;

/// <summary>A short Markdown text (a timeline event) as plain words for structured data: without citations or emphasis marks.</summary>
public static partial class PlainText
{
    public static string Of(string markdown) => Spaces().Replace(Marks().Replace(Citations().Replace(markdown, ""), ""), " ").Replace(" .", ".").Trim();

    [GeneratedRegex(@"\s*\[@[^\]]*\]")]
    private static partial Regex Citations();

    [GeneratedRegex(@"[*_`]")]
    private static partial Regex Marks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
