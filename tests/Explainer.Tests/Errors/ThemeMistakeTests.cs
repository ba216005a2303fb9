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

    [Fact]
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

    [Fact]
    public void An_unclosed_mustache_is_reported_on_its_line()
    {
        Layout("404", UnclosedMustache).Reports("theme/layouts/404.hbs:3:");
    }

    [Fact]
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

    [Fact]
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

    [Fact]
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

    [Fact]
    public void A_missing_partial_called_by_a_layout_is_reported_at_the_call()
    {
        var run = Layout("404", "{{#> base}}\n<h1>{{Title}}</h1>\n{{> no-such-partial}}\n{{/base}}\n");
        run.Reports("theme/layouts/404.hbs:3:1: EXP602 partial 'no-such-partial' not found in theme/partials/");
        Assert.Equal(["EXP602"], run.Codes);
    }

    [Fact]
    public void A_missing_partial_called_by_a_partial_is_reported_at_the_call()
    {
        var run = FailedBuild.Of(Trees.Small, site => site.Write("theme/partials/head-meta.hbs", "<meta name=\"generator\" content=\"Explainer\">\n{{> social-meta}}\n"));
        run.Reports("theme/partials/head-meta.hbs:2:1: EXP602 partial 'social-meta' not found in theme/partials/");
    }

    [Fact]
    public void A_missing_partial_called_by_a_partial_in_a_block_is_reported_at_the_call()
    {
        var run = FailedBuild.Of(Trees.Small, site => site.Write("theme/partials/breadcrumbs.hbs", "<nav>\n{{> crumbs}}\n</nav>\n"));
        run.Reports("theme/partials/breadcrumbs.hbs:2:1: EXP602 partial 'crumbs' not found in theme/partials/");
    }
}
