using Explainer.Markdown;
using Explainer.Settings;
using Explainer.Tests.Support;

namespace Explainer.Tests.Fuzz;

/// <summary>
/// Random and mutated Markdown through the page renderer: it never throws or hangs, every problem
/// it reports has a known code and a position inside the text, and what it accepts is safe HTML.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class MarkdownFuzzTests(ITestOutputHelper log)
{
    private static readonly PageMarkdown Renderer = new(Explainer.Model.SiteModel.Of(SpecFixture.Glossary, SpecFixture.Library, SpecFixture.Discrepancies, new SiteUrls(SiteSettings.Default)));


    [Fact]
    public void Mutated_and_random_markdown_renders_or_is_reported_at_a_valid_position()
    {
        var bodies = RealContent.TopicBodies;
        new Fuzzer("markdown", log).Run(
            random => random.Next(5) == 0
                ? Mutator.Mutate("", random, maxEdits: 40)
                : Mutator.Mutate(Mutator.Window(bodies[random.Next(bodies.Count)], random, random.Next(50, 3000)), random),
            Check);
    }

    private void Check(string markdown)
    {
        var problems = new List<(int Line, int Column, string Code, string Message)>();
        var rendered = Renderer.Render(markdown, (line, column, code, message) => problems.Add((line + 1, column + 1, code.Id, message)));
        foreach (var (line, column, code, message) in problems)
            FuzzOracle.AssertDiagnostic(markdown, line, column, code, message);
        if (problems.Count > 0) return;
        FuzzOracle.AssertSafe(rendered.Html.ToString());
    }
}

/// <summary>The fuzzers run one after another, so each has the machine's time to itself.</summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection
{
    public const string Name = "Fuzz";
}
