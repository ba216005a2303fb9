using Explainer.Checks;
using Explainer.Tests.Support;
using static Explainer.Tests.Checks.SourceParagraphs;

namespace Explainer.Tests.Checks;

public sealed class ChecksFuzzTests
{
    [Fact]
    public void Mangled_prose_and_sources_never_make_the_checks_throw_or_point_outside_the_text()
    {
        var random = new Random(FuzzSettings.Seed);
        var bodies = RealContent.TopicBodies;
        var sources = new[] { Reuters5, Global1, Orwellian1, Rewired1, Rewired23 };
        for (var round = 0; round < 400; round++)
        {
            var markdown = Mutator.Mutate(bodies[random.Next(bodies.Count)], random);
            var (label, text) = sources[random.Next(sources.Length)];
            var source = new CitedText(label, random.Next(2) == 0 ? text : Mutator.Mutate(text, random));
            foreach (var paragraph in MarkdownProse.Paragraphs(markdown, _ => [source]))
            {
                var (findings, tally) = EditorialChecks.Check(paragraph);
                Assert.All(findings, f => Assert.InRange(f.Offset + f.Length, f.Length, paragraph.Text.Length));
                Assert.InRange(tally.QuotationsVerified, 0, tally.Quotations);
                Assert.InRange(tally.FiguresMatched, 0, tally.Figures);
            }
        }
    }
}
