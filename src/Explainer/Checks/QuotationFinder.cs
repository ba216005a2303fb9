namespace Explainer.Checks;

/// <summary>
/// Finds the outermost passages in quotation marks. Double marks may be typographic (“ ” „ « ») or straight (");
/// single marks (‘ ’ ') open only where a word can start and close only where one has ended, so apostrophes
/// ("China’s", "citizens’") are not taken for quotation marks. A single-quoted passage inside a double-quoted
/// one ('nested') is part of the outer quotation. A mark never closed is dropped: its passage cannot be told.
/// </summary>
internal static class QuotationFinder
{
    private enum Mark { Double, Single }

    public static List<Quotation> Find(string text)
    {
        var found = new List<Quotation>();
        var open = new Stack<(Mark Mark, int At)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '“' or '„' or '«') open.Push((Mark.Double, i));
            else if (c is '”' or '»') Close(Mark.Double, i);
            else if (c is '"')
            {
                if (CanClose(text, i) && open.Any(o => o.Mark is Mark.Double)) Close(Mark.Double, i);
                else if (CanOpen(text, i)) open.Push((Mark.Double, i));
            }
            else if (c is '‘' or '\'' or '’')
            {
                if (IsApostropheInWord(text, i)) continue;
                if (c is not '‘' && CanClose(text, i) && !NextIsWordChar(text, i) && InnermostIsSingle()) Close(Mark.Single, i);
                else if (c is not '’' && CanOpen(text, i) && NextIsWordChar(text, i)) open.Push((Mark.Single, i));
            }
        }
        return found;

        bool InnermostIsSingle() => open.Count > 0 && open.Peek().Mark is Mark.Single;

        void Close(Mark mark, int at)
        {
            if (open.All(o => o.Mark != mark)) return;
            // Marks opened inside and never closed were apostrophes or slips; the outer passage still ends here.
            var opened = open.Pop();
            while (opened.Mark != mark) opened = open.Pop();
            if (open.Count == 0) found.Add(new Quotation(opened.At, at));
        }
    }

    private static bool CanOpen(string text, int i) =>
        i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])
        && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '“' or '‘' or '"' or '\'');

    private static bool CanClose(string text, int i) => i > 0 && !char.IsWhiteSpace(text[i - 1]);

    private static bool NextIsWordChar(string text, int i) => i + 1 < text.Length && ReaderWords.IsWordChar(text[i + 1]);

    private static bool IsApostropheInWord(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
}
