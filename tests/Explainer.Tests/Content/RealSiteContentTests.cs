using Explainer.Content;
using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Stages;
using Explainer.Tests.Support;

namespace Explainer.Tests.Content;

/// <summary>The editorial bars of the real site: complete, cited, and faithful to its sources.</summary>
public sealed class RealSiteContentTests(RealSiteBuild build) : IClassFixture<RealSiteBuild>
{
    [Fact]
    public void The_real_site_builds_without_errors_or_warnings() =>
        Assert.True(build.Result.Diagnostics.Count == 0, string.Join('\n', build.Result.Diagnostics));

    [Fact]
    public void The_series_has_at_least_eight_topics_and_thirty_glossary_terms()
    {
        Assert.True(build.Pages("topics").Count() >= 8);
        Assert.True(build.Pages("glossary").Count() >= 30);
    }

    [Fact]
    public void At_least_twenty_countries_have_a_page_and_every_country_page_cites_source_paragraphs()
    {
        var countries = build.Pages("countries").ToList();
        Assert.True(countries.Count >= 20, $"{countries.Count} country pages");
        foreach (var page in countries)
            Assert.True(build.Html(page).QuerySelector(".prose sup.citation a.cite[href^='#ref-']") is not null, $"{page} cites nothing");
    }

    [Fact]
    public void Every_country_the_sources_discuss_in_more_than_one_paragraph_has_an_editorial_summary_in_our_words()
    {
        var summarised = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "input", "countries"), "*.md").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var page in build.Pages("countries"))
        {
            var slug = page.Split('/')[1];
            var paragraphs = build.Html(page).QuerySelectorAll(".prose li").Count(li => li.TextContent.Contains(": “", StringComparison.Ordinal) && li.QuerySelector("em") is not null);
            if (paragraphs > 1) Assert.True(summarised.Contains(slug), $"{slug} is named in {paragraphs} source paragraphs but has no summary in input/countries/");
        }
    }

    [Fact]
    public void The_timeline_has_at_least_fifteen_events_each_cited_and_linked_to_a_topic()
    {
        var events = build.Html("timeline/index.html").QuerySelectorAll("li.event").ToList();
        Assert.True(events.Count >= 15, $"{events.Count} events");
        Assert.All(events, e =>
        {
            Assert.True(e.QuerySelector("sup.citation a.cite") is not null, $"{e.Id} cites nothing");
            Assert.True(e.QuerySelector("a[href^='/topics/']") is not null, $"{e.Id} links to no topic");
        });
    }

    [Fact]
    public void At_least_95_percent_of_prose_paragraphs_in_topics_cite_a_source_paragraph()
    {
        var paragraphs = build.Pages("topics")
            .SelectMany(page => build.Html(page).QuerySelectorAll(".prose > p").Select(p => (page, p)))
            .Where(x => x.p.TextContent.Trim().Length >= 80)
            .ToList();
        var uncited = paragraphs.Where(x => x.p.QuerySelector("sup.citation a.cite") is null).ToList();
        var share = 1 - uncited.Count / (double)paragraphs.Count;
        Assert.True(share >= 0.95, $"{share:P1} cited; uncited:\n" + string.Join('\n', uncited.Select(x => $"{x.page}: {x.p.TextContent[..60]}")));
    }

    [Fact]
    public void Every_topic_cites_paragraphs_and_links_glossary_terms()
    {
        foreach (var page in build.Pages("topics"))
        {
            var html = build.Html(page);
            Assert.True(html.QuerySelectorAll(".reference__locator").Length > 0, $"{page} has no paragraph citations");
            Assert.True(html.QuerySelectorAll(".prose a.term").Length > 0, $"{page} links no glossary terms");
        }
    }

    [Fact]
    public void Every_discrepancy_is_shown_on_a_content_page_as_well_as_on_the_list()
    {
        var list = build.Html("discrepancies/index.html").QuerySelectorAll("aside.discrepancy").Select(a => a.Id).ToList();
        Assert.NotEmpty(list);
        var shown = build.Pages("topics").Concat(build.Pages("glossary"))
            .SelectMany(page => build.Html(page).QuerySelectorAll("aside.discrepancy").Select(a => a.Id))
            .ToHashSet();
        Assert.All(list, id => Assert.Contains(id, shown));
    }

    [Fact]
    public void Cleanup_keeps_every_letter_of_the_text_it_does_not_drop()
    {
        // Compared as letters only: cleanup may remove footnote numbers and fix spacing, never words.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "input", "sources"), "*.md"))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var page = build.Html($"sources/{id}/index.html");
            var cleaned = string.Concat(page.QuerySelectorAll(".para__text, .source-text__heading").Select(e => e.TextContent));
            var (seed, rules) = SeedOf(file);
            var kept = SourceCleaner.SplitBlocks(seed).Where(block => !rules.Drop.Any(rule => Drops(rule, block)));
            Assert.Equal(Letters(string.Concat(kept)), Letters(cleaned));
        }
    }

    [Fact]
    public void The_seeds_are_the_documents_exactly_as_given()
    {
        var given = Path.Combine(RepositoryRoot.Path, "..", "shared", "seeds");
        if (!Directory.Exists(given)) return; // outside the development machine the originals are not at hand
        foreach (var original in Directory.EnumerateFiles(given))
            Assert.Equal(File.ReadAllBytes(original), File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "seeds", Path.GetFileName(original))));
    }

    private static (string Seed, CleanupRules Rules) SeedOf(string sourceFile)
    {
        using var site = TestSite.From($"-- input/sources/{Path.GetFileName(sourceFile)} --\n{File.ReadAllText(sourceFile)}");
        var context = new BuildContext(BuildOptions.ForRoot(site.Root));
        var documents = context.Each(new ReadContent().Process([], context), new ParseFrontmatter());
        var matter = Assert.IsType<SourceMatter>(documents.Single(d => d.Kind == ContentKinds.Source).Matter);
        var seed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seeds", matter.Seed));
        return (seed, matter.Cleanup);
    }

    private static bool Drops(DropRule rule, string block) => rule.Prefix ? block.StartsWith(rule.Text, StringComparison.Ordinal) : block == rule.Text;

    private static string Letters(string text) => new(text.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
}
