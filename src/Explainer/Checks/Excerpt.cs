namespace Explainer.Checks;

/// <summary>A short stretch of text for a message: at most fifteen words, with … where it was cut.</summary>
internal static class Excerpt
{
    public const int MaxWords = 15;

    /// <summary>Words [from, to) of the text; if longer than fifteen words, the fifteen around <paramref name="focus"/>, where the reader should look.</summary>
    public static string Around(string text, IReadOnlyList<Word> words, int from, int to, int focus)
    {
        if (to - from > MaxWords)
        {
            var start = Math.Clamp(focus - 5, from, to - MaxWords);
            return (start > from ? "…" : "") + text[words[start].Start..words[start + MaxWords - 1].End] + (start + MaxWords < to ? "…" : "");
        }
        return text[words[from].Start..words[to - 1].End];
    }

    /// <summary>The text itself if it has at most fifteen words, else its first fifteen and an ellipsis.</summary>
    public static string Start(string text)
    {
        var words = ReaderWords.Of(text);
        return words.Count <= MaxWords ? text.Trim() : text[..words[MaxWords - 1].End].TrimStart() + "…";
    }
}
