using AngleSharp;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Explainer.Markdown;

/// <summary>
/// Finds raw HTML that ends inside a tag, a comment or a text-only element (<c>&lt;div title="x</c>,
/// <c>&lt;script</c>, <c>&lt;!-- x</c>): on the page, the markup after it would become part of it,
/// an attribute or script text that no check of the piece alone has seen.
/// </summary>
public static class UnclosedHtml
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    /// <summary>Where the parser ran out of input inside such a construct, or null when the piece closes everything it opens.</summary>
    public static TextPosition? EndInside(string html)
    {
        TextPosition? end = null;
        // A parser per call: its error event reports to this call alone. The sanitizer's fragment
        // parsing raises no parse errors, so this is a parse of its own.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true }, Context);
        parser.Error += (_, e) =>
        {
            if (e is HtmlErrorEvent { Code: (int)HtmlParseError.EOF } error) end = error.Position;
        };
        parser.ParseDocument(html).Dispose();
        return end;
    }
}
