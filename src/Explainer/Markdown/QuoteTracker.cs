namespace Explainer.Markdown;

/// <summary>
/// Follows double quotation marks through a paragraph's text, so the glossary linker can
/// leave quoted words alone: a quotation is the source's wording, not ours to annotate.
/// Apostrophes and single quotes are ignored ("China’s" is not a quotation).
/// </summary>
public sealed class QuoteTracker
{
    private int _depth;

    public bool Inside => _depth > 0;

    /// <summary>For each character of <paramref name="text"/>, whether it lies inside a quotation; advances the state.</summary>
    public bool[] Scan(ReadOnlySpan<char> text)
    {
        var inside = new bool[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            Step(text[i]);
            inside[i] = _depth > 0 || text[i] is '”' or '"' or '»';
        }
        return inside;
    }

    /// <summary>Sets the flag of each quoted character of <paramref name="text"/> to false; advances the state.</summary>
    public void Unmark(ReadOnlySpan<char> text, Span<bool> flags)
    {
        for (var i = 0; i < text.Length; i++)
        {
            Step(text[i]);
            if (_depth > 0 || text[i] is '”' or '"' or '»') flags[i] = false;
        }
    }

    /// <summary>Advances the state past <paramref name="text"/> when which of its characters are quoted does not matter.</summary>
    public void Advance(ReadOnlySpan<char> text)
    {
        foreach (var c in text) Step(c);
    }

    private void Step(char c)
    {
        switch (c)
        {
            case '“' or '«' or '„':
                _depth++;
                break;
            case '”' or '»':
                _depth = Math.Max(0, _depth - 1);
                break;
            case '"':
                _depth = _depth > 0 ? _depth - 1 : 1;
                break;
        }
    }
}
