using System.Text;

namespace Explainer.Tests.Support;

/// <summary>
/// Mutates text the way typos, bad merges and hostile input do: characters inserted, deleted and
/// repeated, with a bias towards the characters the site's syntax gives meaning to, whole tokens
/// of that syntax dropped in, and runs that nest deeply.
/// </summary>
public static class Mutator
{
    /// <summary>The characters Markdown, citations, term links, shortcodes, HTML and YAML give meaning to.</summary>
    public const string Special = "[]@¶;,{}<>*_`\\#-\n:\"'|!()&=~^+.–\t\r ";

    private static readonly string[] Tokens =
    [
        "[@", "¶", "[[", "]]", "{{<", ">}}", "{{< discrepancy start-year >}}", "[@alpha, ¶2]", "[@beta, ¶9]", "[[golden-shield]]",
        "<script>", "</div>", "<a href=\"", "javascript:", "<!--", "-->", "&#", "&amp;", "---\n", "...\n", "```", "~~~", "\n> ", "\n- ", "\n1. ",
        "\n    ", "| a | b |\n|---|---|\n", "![", "](", "[^1]", "[^1]: ", "\n\n", "\r\n", "\t", "\\", "\u00A0", "\u200B", "中文", "عربي", "é", "\uFFFD",
        "\uD83D\uDE00", ": ", "- ", "? ", "&anchor ", "*alias", "!!str ", "|\n", ">-\n", "'", "\"", "#", "%YAML 1.2\n", "{", "}", "[", "]",
    ];

    public static string Mutate(string text, Random random, int maxEdits = 8)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, maxEdits + 1);
        for (var e = 0; e < edits; e++)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length + 1);
            switch (random.Next(10))
            {
                case 0 or 1 or 2:
                    builder.Insert(at, Special[random.Next(Special.Length)]);
                    break;
                case 3 or 4:
                    builder.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 5 or 6:
                    if (builder.Length > 0)
                    {
                        var start = random.Next(builder.Length);
                        builder.Remove(start, Math.Min(random.Next(1, 8), builder.Length - start));
                    }
                    break;
                case 7:
                    if (builder.Length > 0)
                    {
                        var start = random.Next(builder.Length);
                        var length = Math.Min(random.Next(1, 200), builder.Length - start);
                        builder.Insert(at, builder.ToString(start, length));
                    }
                    break;
                case 8:
                    // Deep nesting: a run of one syntax character.
                    builder.Insert(at, new string("[>*_-(<`{"[random.Next(9)], random.Next(2, random.Next(10) == 0 ? 3000 : 60)));
                    break;
                default:
                    builder.Insert(at, (char)random.Next(0x20, 0x3000));
                    break;
            }
        }
        return WellFormed(builder.ToString());
    }

    /// <summary>Replaces surrogates that an edit split apart: a UTF-8 file cannot hold them, so no real input has them.</summary>
    public static string WellFormed(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    /// <summary>A random window of <paramref name="text"/> of at most <paramref name="length"/> characters, starting at a line.</summary>
    public static string Window(string text, Random random, int length)
    {
        if (text.Length <= length) return text;
        var start = random.Next(text.Length - length);
        var lineStart = text.LastIndexOf('\n', start);
        start = lineStart < 0 ? 0 : lineStart + 1;
        return text.Substring(start, Math.Min(length, text.Length - start));
    }
}
