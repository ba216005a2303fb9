using System.Text;

namespace Explainer.Search;

/// <summary>
/// Text gathered for the search index with every run of whitespace written as one space, as it is
/// appended: the index reads words, and a page's line breaks and indentation are not worth a copy.
/// </summary>
public sealed class CollapsedText
{
    private readonly StringBuilder _text = new();

    public int Length => _text.Length;

    /// <summary>The last character written, or a space when there is none.</summary>
    public char Last => _text.Length == 0 ? ' ' : _text[^1];

    public void Append(char c)
    {
        if (!char.IsWhiteSpace(c)) _text.Append(c);
        else if (_text.Length > 0 && _text[^1] != ' ') _text.Append(' ');
    }

    public void Append(ReadOnlySpan<char> text)
    {
        foreach (var c in text) Append(c);
    }

    public override string ToString() => _text.ToString().TrimEnd(' ');
}
