using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>One run reports every problem of every file, not just the first it meets.</summary>
[Collection(CliCollection.Name)]
public sealed class AllProblemsTogetherTests
{
    [Fact]
    public void A_single_run_reports_the_problems_of_every_file_together()
    {
        const string broken = """

            -- input/topics/broken.md --
            ---
            title: Broken
            description: Has two mistakes.
            colour: blue
            date: 2021-02-30
            ---
            A claim [@reprot, ¶2] and a term [[nope]].

            <script>alert(1)</script>
            -- input/topics/empty.md --
            -- input/data/discrepancies.yml --
            discrepancies:
              - id: start-year
                fact: "when it began"
                claims:
                  - { source: report, paragraph: 1, says: "in 1994" }
                  - { source: report, paragraph: 7, says: "later" }
            """;
        var run = FailedBuild.After(Trees.Small, site =>
        {
            foreach (var (path, content) in TestSite.Parse(broken)) site.Write(path, content);
            Edit(site, "input/glossary/surveillance-camera.md", "related: [golden-shield]", "related: [golden-shied]");
            Edit(site, "input/sources/report.md", "    - starts-with: \"Photo:\"\n", "    - starts-with: \"Photo:\"\n    - \"Advertisement\"\n");
            site.Write("statiq.json", """{ "Title": "Test site", "Host": "example.org", "SearchIndex": false, "Feeds": true }""");
            site.Write("theme/layouts/404.sbn", "{{ include 'page-start' }}\n<p><a href=\"{{ rel_url \"/nowhere/\" }}\">x</a></p>\n{{ include 'page-end' }}\n");
        });

        run.Reports("input/data/discrepancies.yml:6:38: EXP302 ");
        run.Reports("input/glossary/surveillance-camera.md:5:11: EXP210 ");
        run.Reports("input/sources/report.md:10:7: EXP802 ");
        run.Reports("input/topics/broken.md:4:1: EXP203 unknown key 'colour'");
        run.Reports("input/topics/broken.md:5:7: EXP205 ");
        run.Reports("input/topics/broken.md:7:10: EXP301 ");
        run.Reports("input/topics/broken.md:7:34: EXP401 ");
        run.Reports("input/topics/broken.md:9:1: EXP701 ");
        run.Reports("input/topics/empty.md:1:1: EXP207 ");
        run.Reports("statiq.json:1:", "(did you mean 'Feed'?)");
        run.Reports("theme/layouts/404.sbn:2:");
    }

    private static void Edit(TestSite site, string path, string find, string replacement)
    {
        var text = File.ReadAllText(Path.Combine(site.Root, path));
        Assert.Contains(find, text);
        site.Write(path, text.Replace(find, replacement, StringComparison.Ordinal));
    }
}
