using Explainer.Pipeline;
using Explainer.Tests.Support;

namespace Explainer.Tests.Fuzz;

/// <summary>
/// Whole-site checks of a small site with one file mutated at a time (content, settings, data or a
/// theme template): the build never throws and never fails with an internal error (EXP904), a
/// failed build always says why, and every diagnostic has a known code and a valid position.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class SiteFuzzTests(ITestOutputHelper log)
{
    [Fact]
    public void A_site_with_a_mutated_file_builds_or_reports_its_problems()
    {
        using var site = TestSite.From(Discrepancies.Tree + "\n-- input/about.md --\n---\ntitle: About\ndescription: About us.\n---\nWho we are.\n\n{{< discrepancy start-year >}}");
        site.Build();
        var files = new[]
            {
                "statiq.json", "input/data/discrepancies.yml", "input/topics/at-home.md", "input/topics/abroad.md", "input/glossary/golden-shield.md",
                "input/glossary/surveillance-camera.md", "input/sources/report.md", "input/about.md", "seeds/report.txt", "theme/layouts/topic.sbn", "theme/partials/tags.sbn",
            }
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(site.Root, f)));

        new Fuzzer("site", log).Run(
            random =>
            {
                var file = files.Keys.ElementAt(random.Next(files.Count));
                return file + "\n" + Mutator.Mutate(files[file], random, maxEdits: 4);
            },
            input =>
            {
                var newline = input.IndexOf('\n');
                var (file, text) = (input[..newline], input[(newline + 1)..]);
                site.Write(file, text);
                try
                {
                    Check(site, file, text);
                }
                finally
                {
                    site.Write(file, files[file]);
                }
            });
    }

    private static void Check(TestSite site, string file, string text)
    {
        var result = SiteBuilder.Build(BuildOptions.ForRoot(site.Root) with { WriteOutput = false, Parallelism = 1 });
        if (!result.Succeeded) Assert.Contains(result.Diagnostics, d => d.IsError);
        foreach (var d in result.Diagnostics)
        {
            Assert.True(d.Code.Id != "EXP904", $"internal error: {d}");
            Assert.True(d.Line >= 1 && d.Column >= 1, $"invalid position: {d}");
            if (d.Path == file) FuzzOracle.AssertDiagnostic(text, d.Line, d.Column, d.Code.Id, d.Message);
            else if (d.Path != "." && !d.Path.StartsWith("(", StringComparison.Ordinal))
                Assert.True(File.Exists(Path.Combine(site.Root, d.Path)) || d.Code.Id == "EXP602", $"a diagnostic names a file the site does not have: {d}");
        }
    }
}
