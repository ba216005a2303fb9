using System.Text;
using Explainer.Markdown;
using Explainer.Settings;
using Explainer.Tests.Support;

namespace Explainer.Tests.Fuzz;

/// <summary>
/// Markdown made of raw HTML pieces, safe and hostile, whole and cut short, split over blocks and
/// sentences: whatever the sanitizer check accepts must be safe HTML, and every refusal has a
/// position inside the text.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class RawHtmlFuzzTests(ITestOutputHelper log)
{
    private static readonly PageMarkdown Renderer = new(Explainer.Model.SiteModel.Of(SpecFixture.Glossary, SpecFixture.Library, SpecFixture.Discrepancies, new SiteUrls(SiteSettings.Default)));

    private static readonly string[] Tags =
    [
        "a", "img", "span", "div", "p", "em", "abbr", "table", "tr", "td", "th", "caption", "details", "summary", "q", "blockquote",
        "script", "style", "svg", "math", "iframe", "textarea", "title", "noscript", "template", "select", "image", "object", "form",
        "button", "body", "frameset", "x-y", "SCRIPT", "Img",
    ];

    private static readonly string[] Attributes = ["href", "src", "cite", "title", "class", "width", "onclick", "onerror", "style", "srcset", "formaction", "xlink:href", "target", "HREF"];

    private static readonly string[] Values =
    [
        "/ok.png", "https://example.org/", "#top", "mailto:a@example.org", "javascript:alert(1)", "&#106;avascript:alert(1)", "java\tscript:alert(1)",
        "//evil.example/x.png", " //evil.example/x.png", "\\\\evil.example", "data:text/html,x", "&{alert(1)}", "x\" onclick=\"alert(1)", "<script>alert(1)</script>", "",
    ];

    private static readonly string[] Other =
    [
        "<!--", "-->", "--!>", "<!-- note -->", "<?x", "<![CDATA[", "]]>", ">", "\"", "'", "text", " ", "\n", "\n\n", "[x](javascript:alert(1))",
        "![x](//evil.example/x.png)", "`<script>`", "| a |\n|---|\n", "> ", "- ", "    ",
    ];

    [Fact]
    public void Accepted_raw_html_is_safe_and_refusals_are_positioned()
    {
        new Fuzzer("raw-html", log).Run(Generate, Check);
        log.WriteLine($"raw-html: {_accepted} inputs accepted and checked as safe");
    }

    private int _accepted;

    private static string Generate(Random random)
    {
        var text = new StringBuilder();
        for (int i = 0, pieces = random.Next(1, 12); i < pieces; i++)
        {
            switch (random.Next(4))
            {
                case 0 or 1:
                    var tag = Tags[random.Next(Tags.Length)];
                    text.Append('<').Append(tag);
                    for (var a = random.Next(3); a > 0; a--)
                    {
                        var quote = "\"'"[random.Next(2)];
                        text.Append(' ').Append(Attributes[random.Next(Attributes.Length)]).Append('=');
                        if (random.Next(4) == 0) text.Append(Values[random.Next(Values.Length)].Replace(" ", "").Replace("\"", ""));
                        else text.Append(quote).Append(Values[random.Next(Values.Length)].Replace(quote.ToString(), "")).Append(random.Next(10) == 0 ? "" : quote.ToString());
                    }
                    text.Append(random.Next(10) == 0 ? "" : ">");
                    break;
                case 2:
                    text.Append("</").Append(Tags[random.Next(Tags.Length)]).Append('>');
                    break;
                default:
                    text.Append(Other[random.Next(Other.Length)]);
                    break;
            }
        }
        return random.Next(8) == 0 ? text.ToString(0, random.Next(text.Length + 1)) : text.ToString();
    }

    private void Check(string markdown)
    {
        var problems = new List<(int Line, int Column, string Code, string Message)>();
        var rendered = Renderer.Render(markdown, (line, column, code, message) => problems.Add((line + 1, column + 1, code.Id, message)));
        foreach (var (line, column, code, message) in problems)
            FuzzOracle.AssertDiagnostic(markdown, line, column, code, message);
        if (problems.Count > 0) return;
        FuzzOracle.AssertSafe(rendered.Html.ToString());
        _accepted++;
    }
}
