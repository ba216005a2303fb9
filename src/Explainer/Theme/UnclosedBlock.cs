using Scriban.Parsing;

namespace Explainer.Theme;

/// <summary>
/// Where a template's unclosed block opens. Scriban notices a missing <c>end</c> only at the end
/// of the file; an editor needs the <c>if</c> or <c>for</c> that lacks it, so the lexer's tokens
/// are matched here: a statement that opens a block against the <c>end</c> that closes it.
/// </summary>
public static class UnclosedBlock
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "if", "for", "tablerow", "while", "case", "capture", "func", "with", "wrap" };

    /// <summary>The 0-based line and column of the innermost block never closed, or null when every block is closed.</summary>
    public static (int Line, int Column)? In(string template)
    {
        var open = new Stack<(int Line, int Column)>();
        var statementStart = true;
        foreach (var token in new Lexer(template))
        {
            switch (token.Type)
            {
                case TokenType.CodeEnter or TokenType.NewLine or TokenType.SemiColon:
                    statementStart = true;
                    continue;
                case TokenType.Identifier when statementStart:
                    var word = template[token.Start.Offset..(token.End.Offset + 1)];
                    if (Openers.Contains(word)) open.Push((token.Start.Line, token.Start.Column));
                    else if (word == "end" && open.Count > 0) open.Pop();
                    break;
            }
            statementStart = false;
        }
        return open.Count > 0 ? open.Peek() : null;
    }
}
