using Explainer.Markdown;
using Explainer.Settings;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

public sealed class PageMarkdownTests
{
    private static RenderedMarkdown Render(string markdown, string? ownTerm = null) =>
        new PageMarkdown(Explainer.Model.SiteModel.Of(SpecFixture.Glossary, SpecFixture.Library, SpecFixture.Discrepancies, new SiteUrls(SiteSettings.Default)))
            .Render(markdown, (_, _, _, message) => Assert.Fail(message), ownTerm);

    [Fact]
    public void Mentions_list_each_linked_term_once_with_its_sentence_in_page_order()
    {
        var rendered = Render("It began early. Huawei built it with AI tools. Later Huawei grew.\n\nThen [[golden-shield]] came.");
        Assert.Equal(["huawei", "artificial-intelligence", "golden-shield"], rendered.Terms.Select(t => t.Slug));
        Assert.Equal("Huawei built it with AI tools.", rendered.Terms[0].Sentence);
        Assert.Equal("Then Golden Shield Project came.", rendered.Terms[2].Sentence);
    }

    [Fact]
    public void References_are_numbered_by_first_appearance()
    {
        var rendered = Render("One [@beta, ¶2]. Two [@alpha, ¶1; @beta, ¶2].");
        Assert.Equal([(1, "beta", (int?)2), (2, "alpha", 1)], rendered.References.Select(r => (r.Number, r.SourceId, r.Paragraph)));
        Assert.Equal(["cite-1", "cite-1-2"], rendered.References[0].Occurrences);
    }

    [Fact]
    public void Table_of_contents_lists_second_and_third_level_headings_with_their_ids()
    {
        var rendered = Render("# Title\n\n## First part\n\n### Detail *here*\n\n#### Too deep");
        Assert.Equal([(2, "first-part", "First part"), (3, "detail-here", "Detail here")], rendered.Toc.Select(t => (t.Level, t.Id, t.Text)));
    }
}
