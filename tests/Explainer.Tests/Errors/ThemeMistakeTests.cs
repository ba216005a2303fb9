using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>The catalogue of theme mistakes: template syntax errors, missing layouts and partials.</summary>
[Collection(CliCollection.Name)]
public sealed class ThemeMistakeTests
{
    private const string UnclosedEach = "{{#> base}}\n<h1>{{Title}}</h1>\n{{#each Site.Pages}}\n<p>{{Title}}</p>\n{{/base}}\n";

    private const string UnclosedMustache = "{{#> base}}\n<h1>{{Title}}</h1>\n<p>{{Description}</p>\n<p>More text.</p>\n<p>And more.</p>\n{{/base}}\n";

    private const string UnclosedPartial = "<ul>\n{{#each Tags}}\n<li>{{this}}</li>\n</ul>\n";

    private static FailedBuild Layout(string name, string text) => FailedBuild.Of(Trees.Small, site => site.Write($"theme/layouts/{name}.hbs", text));

    [Fact]
    public void An_unclosed_each_is_a_template_syntax_error_in_its_file()
    {
        var line = Assert.Single(Layout("404", UnclosedEach).Lines, l => l.Contains(": EXP601 ", StringComparison.Ordinal));
        Assert.Matches(@"^theme/layouts/404\.hbs:\d+:\d+: EXP601 template syntax error: ", line);
    }

    [Fact(Skip = "BUG: an unclosed {{#each}} on line 3 is reported at theme/layouts/404.hbs:1:1 (also for a partial); and the layout is then also reported as EXP602 'not found'")]
    public void An_unclosed_each_is_reported_where_the_block_opens()
    {
        var run = Layout("404", UnclosedEach);
        run.Reports("theme/layouts/404.hbs:3:1: EXP601 template syntax error:", "each");
        Assert.Equal(["EXP601"], run.Codes);
    }

    [Fact]
    public void An_unclosed_mustache_is_a_template_syntax_error_in_its_file()
    {
        var line = Assert.Single(Layout("404", UnclosedMustache).Lines, l => l.Contains(": EXP601 ", StringComparison.Ordinal));
        Assert.StartsWith("theme/layouts/404.hbs:", line);
    }

    [Fact(Skip = "BUG: '{{Description}' on line 3 is reported at theme/layouts/404.hbs:5:1 (two lines later)")]
    public void An_unclosed_mustache_is_reported_on_its_line()
    {
        Layout("404", UnclosedMustache).Reports("theme/layouts/404.hbs:3:");
    }

    [Fact(Skip = "BUG: a layout that does not compile is also reported as 'EXP602 layout '404' not found in theme/layouts/' although the file is there")]
    public void A_layout_with_a_syntax_error_is_not_also_reported_missing()
    {
        Assert.DoesNotContain("EXP602", Layout("404", UnclosedMustache).Codes);
    }

    [Fact]
    public void An_unclosed_block_in_a_partial_is_a_template_syntax_error_in_the_partial()
    {
        using var site = TestSite.From(Trees.Small);
        site.Write("theme/partials/tags.hbs", UnclosedPartial);
        var problem = Assert.Single(site.Build().Diagnostics, d => d.Code.Id == "EXP601");
        Assert.Equal("theme/partials/tags.hbs", problem.Path);
    }

    [Fact(Skip = "BUG: an unclosed {{#each}} on line 2 of a partial is reported at 1:1, and every page using the partial also fails with 'EXP603 ... see inner exception for more information', followed by broken links to those pages")]
    public void An_unclosed_block_in_a_partial_is_reported_once_where_the_block_opens()
    {
        var run = FailedBuild.Of(Trees.Small, site => site.Write("theme/partials/tags.hbs", UnclosedPartial));
        run.Reports("theme/partials/tags.hbs:2:1: EXP601 template syntax error:");
        Assert.Equal(["EXP601"], run.Codes);
    }

    [Fact]
    public void A_layout_that_does_not_exist_is_reported_with_the_nearest_layout()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("order: 2\n", "order: 2\nlayout: topc\n"));
        var line = Assert.Single(run.Lines, l => l.Contains(": EXP602 ", StringComparison.Ordinal));
        Assert.Matches(@"^input/topics/abroad\.md:\d+:\d+: EXP602 layout 'topc' not found in theme/layouts/ \(did you mean 'topic'\?\)", line);
    }

    [Fact(Skip = "BUG: 'layout: fancy' is reported at abroad.md:1:1, not at the layout key (5:9), and every link to the page then fails as EXP501 at 1:1 of other files")]
    public void A_layout_that_does_not_exist_is_reported_at_the_layout_key_only()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("order: 2\n", "order: 2\nlayout: fancy\n"));
        run.Reports("input/topics/abroad.md:5:9: EXP602 layout 'fancy' not found in theme/layouts/");
        Assert.Equal(["EXP602"], run.Codes);
    }

    [Fact]
    public void A_layout_the_generator_needs_that_the_theme_lacks_is_reported()
    {
        var run = FailedBuild.Of(Trees.Small, site => File.Delete(Path.Combine(site.Root, "theme/layouts/tag.hbs")));
        run.Reports("theme/layouts/tag.hbs:1:1: EXP602 layout 'tag' not found in theme/layouts/", "(did you mean 'tags'?)");
    }

    [Fact(Skip = "BUG: a layout calling a missing partial also fails with 'EXP603 ... Runtime error while rendering partial 'base', see inner exception for more information'")]
    public void A_missing_partial_called_by_a_layout_is_reported_at_the_call()
    {
        var run = Layout("404", "{{#> base}}\n<h1>{{Title}}</h1>\n{{> no-such-partial}}\n{{/base}}\n");
        run.Reports("theme/layouts/404.hbs:3:1: EXP602 partial 'no-such-partial' not found in theme/partials/");
        Assert.Equal(["EXP602"], run.Codes);
    }

    [Fact(Skip = "BUG: a partial that calls a missing partial ({{> social-meta}} in head-meta.hbs) is not reported at all: the build succeeds and the call renders nothing")]
    public void A_missing_partial_called_by_a_partial_is_reported_at_the_call()
    {
        var run = FailedBuild.Of(Trees.Small, site => site.Write("theme/partials/head-meta.hbs", "<meta name=\"generator\" content=\"Explainer\">\n{{> social-meta}}\n"));
        run.Reports("theme/partials/head-meta.hbs:2:1: EXP602 partial 'social-meta' not found in theme/partials/");
    }

    [Fact(Skip = "BUG: a partial inside a {{#> base}} block that calls a missing partial ({{> crumbs}} in breadcrumbs.hbs) is reported only as 'theme/layouts/topic.hbs:1:1: EXP603 ... Runtime error while rendering partial 'base', see inner exception for more information' for every page, never naming the missing partial")]
    public void A_missing_partial_called_by_a_partial_in_a_block_is_reported_at_the_call()
    {
        var run = FailedBuild.Of(Trees.Small, site => site.Write("theme/partials/breadcrumbs.hbs", "<nav>\n{{> crumbs}}\n</nav>\n"));
        run.Reports("theme/partials/breadcrumbs.hbs:2:1: EXP602 partial 'crumbs' not found in theme/partials/");
    }
}
