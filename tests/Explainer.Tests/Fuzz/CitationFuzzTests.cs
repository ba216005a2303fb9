using System.Text;
using Explainer.Markdown;
using Explainer.Settings;
using Explainer.Tests.Support;

namespace Explainer.Tests.Fuzz;

/// <summary>
/// Citation and glossary-link fragments, valid and invalid, between ordinary words: every valid one
/// renders as a link and is not reported, every invalid one is reported with the expected code at
/// its own line and column, and nothing else is reported. A second property feeds random
/// concatenations of the syntax's pieces, which must never throw and are reported in place.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class CitationFuzzTests(ITestOutputHelper log)
{
    private static readonly PageMarkdown Renderer = new(Explainer.Model.SiteModel.Of(SpecFixture.Glossary, SpecFixture.Library, SpecFixture.Discrepancies, new SiteUrls(SiteSettings.Default)));

    /// <summary>A fragment and what it must give: no code when valid, else the code and where in the fragment it points (the '@' of the bad item or the opening bracket).</summary>
    private sealed record Fragment(string Text, string? Code = null, int Offset = 0);

    // The spec fixture: alpha has 10 paragraphs, beta 3; terms golden-shield, facial-recognition, artificial-intelligence, huawei.
    private static Fragment Valid(Random r) => r.Next(9) switch
    {
        0 => new($"[@alpha, ¶{r.Next(1, 11)}]"),
        1 => new($"[@beta, ¶{r.Next(1, 4)}]"),
        2 => new("[@alpha]"),
        3 => new($"[@alpha, ¶{r.Next(1, 5)}–{r.Next(5, 11)}; @beta, ¶{r.Next(1, 4)}]"),
        4 => new($"[ @beta ,  ¶ 1-{r.Next(2, 4)} ]"),
        5 => new($"[@alpha, para. {r.Next(1, 11)}]"),
        6 => new("[[golden-shield]]"),
        7 => new("[the company][[huawei]]"),
        _ => new("\\[@not-a-citation]"),
    };

    private static Fragment Invalid(Random r) => r.Next(10) switch
    {
        0 => new($"[@gamma, ¶{r.Next(1, 5)}]", "EXP301", 1),
        1 => new($"[@beta, ¶{r.Next(4, 99999)}]", "EXP302", 1),
        2 => new($"[@alpha, ¶{r.Next(1, 10)}-{r.Next(11, 200)}]", "EXP302", 1),
        3 => new($"[@alpha, ¶2; @delta, ¶1]", "EXP301", 13),
        4 => new($"[@alpha ¶{r.Next(1, 10)}]", "EXP303"),
        5 => new("[@alpha, ¶0]", "EXP303"),
        6 => new($"[@alpha, ¶{r.Next(5, 10)}-{r.Next(1, 5)}]", "EXP303"),
        7 => new($"[@alpha, page {r.Next(1, 10)}]", "EXP303"),
        8 => new("[[no-such-term]]", "EXP401"),
        _ => new("[[Golden Shield]]", "EXP401"),
    };

    private static readonly string[] Words = ["cameras", "watch", "the", "streets", "and", "officials", "deny", "it", "in", "1994", "Beijing", "—", "(see", "below)", "“quoted”", "x*y", "a_b", "¶", "@", ";", ","];

    [Fact]
    public void Citation_and_term_link_fragments_are_reported_exactly_where_they_are_wrong()
    {
        var pieces = new[] { "[", "]", "@", "alpha", "beta", "gamma", ",", " ", "¶", "1", "3", "10", "11", "0", "99999", "-", "–", ";", "[[", "]]", "golden-shield", "Huawei", "para.", "\\", "(", ")", "\n", "*", "`", "{{<", ">}}", "discrepancy", "start-year" };
        var fuzzer = new Fuzzer("citations", log);
        fuzzer.Run(random => random.Next(4) == 0 ? Soup(random, pieces) : Sentence(random), input =>
        {
            if (input.StartsWith("SOUP\n", StringComparison.Ordinal)) CheckSoup(input[5..]);
            else CheckSentence(input);
        });
    }

    // Lines of words with fragments between them; the expectations ride along after a NUL, which Markdown never sees.
    private static string Sentence(Random random)
    {
        var text = new StringBuilder();
        var expected = new List<string>();
        var line = 1;
        var lines = random.Next(1, 5);
        for (var l = 0; l < lines; l++)
        {
            var column = 0;
            void Append(string s)
            {
                text.Append(s);
                column += s.Length;
            }
            for (var i = random.Next(1, 5); i > 0; i--)
            {
                Append(Words[random.Next(Words.Length)] + " ");
                var fragment = random.Next(3) == 0 ? Invalid(random) : Valid(random);
                if (fragment.Code is { } code) expected.Add($"{code} {line}:{column + fragment.Offset + 1}");
                Append(fragment.Text + " " + Words[random.Next(Words.Length)]);
            }
            // Lines of one paragraph, or paragraphs with a blank line between them.
            var blank = random.Next(2) == 0;
            text.Append(blank ? ".\n\n" : ".\n");
            line += blank ? 2 : 1;
        }
        return text + "\0" + string.Join('|', expected);
    }

    private static void CheckSentence(string input)
    {
        var split = input.Split('\0');
        var markdown = split[0];
        var expected = split[1].Length == 0 ? [] : split[1].Split('|').Order(StringComparer.Ordinal).ToList();
        var actual = new List<string>();
        var rendered = Renderer.Render(markdown, (line, column, code, _) => actual.Add($"{code.Id} {line + 1}:{column + 1}"));
        Assert.Equal(expected, actual.Order(StringComparer.Ordinal));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(rendered.Html.ToString());
        var numbers = rendered.References.Select(r => $"#ref-{r.Number}").ToHashSet();
        Assert.All(page.QuerySelectorAll("a.cite"), a => Assert.Contains(a.GetAttribute("href") ?? "", numbers));
        Assert.All(page.QuerySelectorAll("a.term"), a => Assert.StartsWith("/glossary/", a.GetAttribute("href")));
        Assert.Empty(FuzzOracle.ParseErrors(rendered.Html.ToString()));
    }

    private static string Soup(Random random, string[] pieces)
    {
        var text = new StringBuilder("SOUP\n");
        var count = random.Next(1, 40);
        for (var i = 0; i < count; i++) text.Append(pieces[random.Next(pieces.Length)]);
        return text.ToString();
    }

    private static void CheckSoup(string markdown)
    {
        var problems = new List<(int, int, string, string)>();
        var rendered = Renderer.Render(markdown, (line, column, code, message) => problems.Add((line + 1, column + 1, code.Id, message)));
        foreach (var (line, column, code, message) in problems)
            FuzzOracle.AssertDiagnostic(markdown, line, column, code, message);
        if (problems.Count == 0) FuzzOracle.AssertSafe(rendered.Html.ToString());
    }
}
