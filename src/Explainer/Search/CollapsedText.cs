namespace Explainer.Search;

/// <summary>
/// Text gathered for the search index with every run of whitespace written as one space, as it is
/// appended: the index reads words, and a page's line breaks and indentation are not worth a copy.
/// One array that doubles when full, so a page's text costs one final copy, not a chain of blocks.
/// </summary>
public sealed class CollapsedText(int capacity = 64)
{
    private char[] _chars = new char[Math.Max(capacity, 16)];
    private int _length;

    public int Length => _length;

    /// <summary>The last character written, or a space when there is none.</summary>
    public char Last => _length == 0 ? ' ' : _chars[_length - 1];

    /// <summary>Empties the text and keeps its room, for the next page read on the same thread.</summary>
    public void Clear() => _length = 0;

    public void Append(char c) => Append([c]);

    public void Append(ReadOnlySpan<char> text)
    {
        // A text collapses to at most its own length.
        if (_chars.Length - _length < text.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + text.Length));
        var last = Last;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) _chars[_length++] = last = c;
            else if (last != ' ') _chars[_length++] = last = ' ';
        }
    }

    public override string ToString() => new(_chars.AsSpan(0, _length).TrimEnd(' '));
}
