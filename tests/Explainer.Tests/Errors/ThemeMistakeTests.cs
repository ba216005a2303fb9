using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>
/// The catalogue of theme mistakes, each one exact line from Scriban's own parser and runtime:
/// syntax errors, unknown variables, functions and members, includes of partials the theme does
/// not have, missing layouts and a broken theme.yml. Every one fails the build with exit 1 and
/// leaves the previous output intact (checked by <see cref="FailedBuild"/>).
/// </summary>
[Collection(CliCollection.Name)]
public sealed class ThemeMistakeTests
{
    private static FailedBuild Layout(string name, string text) => FailedBuild.Of(Trees.Small, site => site.Write($"theme/layouts/{name}.sbn", text));

    private static FailedBuild Partial(string name, string text) => FailedBuild.Of(Trees.Small, site => site.Write($"theme/partials/{name}.sbn", text));

    private static string Page(string body) => "{{ include 'page-start' }}\n" + body + "\n{{ include 'page-end' }}\n";

    [Fact]
    public void An_if_never_closed_is_a_syntax_error_where_it_opens()
    {
        var run = Layout("404", Page("<h1>{{ page.title }}</h1>\n{{ if page.description }}\n<p>{{ page.description }}</p>"));
        Assert.Equal(["theme/layouts/404.sbn:3:4: EXP601 template syntax error: error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if"], run.Lines);
    }

    [Fact]
    public void A_for_never_closed_in_a_partial_is_a_syntax_error_in_the_partial_and_nothing_else()
    {
        var run = Partial("tags", "<ul>\n{{ for tag in page.tags }}\n<li>{{ tag.title }}</li>\n</ul>\n");
        Assert.Equal(["theme/partials/tags.sbn:2:4: EXP601 template syntax error: error while parsing for statement: The <end> statement was not found in: for <variable> in <expression> ... end"], run.Lines);
    }

    [Fact]
    public void An_expression_never_closed_is_one_syntax_error_on_its_line_that_says_so()
    {
        var run = Layout("404", Page("<h1>{{ page.title }}</h1>\n<p>{{ page.description </p>\n<p>More text.</p>"));
        Assert.Equal(["theme/layouts/404.sbn:3:25: EXP601 template syntax error: error while parsing binary expression: Expecting an <expression> to the right of the operator instead of '/' in: <expression> operator <expression>; a '{{' on this line has no '}}'"], run.Lines);
    }

    [Fact]
    public void A_layout_with_a_syntax_error_is_not_also_reported_missing()
    {
        var run = Layout("404", Page("{{ if page.title }}"));
        Assert.Equal(["theme/layouts/404.sbn:2:4: EXP601 template syntax error: error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if"], run.Lines);
        Assert.DoesNotContain("EXP602", run.Codes);
    }

    [Fact]
    public void An_unknown_variable_is_reported_where_it_is_used_once_for_all_pages()
    {
        var run = Layout("topic", Page("<h1>{{ pag.title }}</h1>"));
        Assert.Equal(["theme/layouts/topic.sbn:2:8: EXP603 rendering input/topics/abroad.md failed: the variable or function 'pag' was not found"], run.Lines);
    }

    [Fact]
    public void An_unknown_function_is_reported_where_it_is_called()
    {
        var run = Layout("404", Page("<a href=\"{{ relurl '/' }}\">Home</a>"));
        Assert.Equal(["theme/layouts/404.sbn:2:13: EXP603 rendering theme/layouts/404.sbn failed: the variable or function 'relurl' was not found"], run.Lines);
    }

    [Fact]
    public void An_unknown_member_of_the_page_is_reported_where_it_is_read()
    {
        var run = Layout("404", Page("<h1>{{ page.titel }}</h1>"));
        Assert.Equal(["theme/layouts/404.sbn:2:13: EXP603 rendering theme/layouts/404.sbn failed: cannot get member with name titel"], run.Lines);
    }

    [Fact]
    public void A_member_of_a_missing_value_is_reported_with_how_to_guard_it()
    {
        var run = Layout("topic", Page("<a href=\"{{ page.previous.url }}\">Back</a>"));
        Assert.Equal(["theme/layouts/topic.sbn:2:27: EXP603 rendering input/topics/at-home.md failed: object 'page.previous' is null. Cannot access member: page.previous.url; test it first: {{ if page.previous }}"], run.Lines);
    }

    [Fact]
    public void A_missing_partial_included_by_a_layout_is_reported_at_the_include()
    {
        var run = Layout("404", Page("<h1>{{ page.title }}</h1>\n{{ include 'no-such-partial' }}"));
        Assert.Equal(["theme/layouts/404.sbn:3:4: EXP602 partial 'no-such-partial' not found in theme/partials/"], run.Lines);
    }

    [Fact]
    public void A_missing_partial_included_by_a_partial_is_reported_at_the_include_with_the_nearest_name()
    {
        var run = Partial("head-meta", "<meta name=\"generator\" content=\"Explainer\">\n{{ include 'reference' }}\n");
        Assert.Equal(["theme/partials/head-meta.sbn:2:4: EXP602 partial 'reference' not found in theme/partials/ (did you mean 'references'?)"], run.Lines);
    }

    [Fact]
    public void A_layout_that_does_not_exist_is_reported_with_the_nearest_layout()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("order: 2\n", "order: 2\nlayout: topc\n"));
        Assert.Equal(["input/topics/abroad.md:5:9: EXP602 layout 'topc' not found in theme/layouts/ (did you mean 'topic'?)"], run.Lines);
    }

    [Fact]
    public void A_layout_the_generator_needs_that_the_theme_lacks_is_reported()
    {
        var run = FailedBuild.Of(Trees.Small, site => File.Delete(Path.Combine(site.Root, "theme/layouts/tag.sbn")));
        Assert.Equal(["theme/layouts/tag.sbn:1:1: EXP602 layout 'tag' not found in theme/layouts/ (did you mean 'tags'?)"], run.Lines);
    }

    [Fact]
    public void An_unknown_key_in_the_theme_data_suggests_the_nearest_key()
    {
        var run = FailedBuild.Of(Trees.Small, site => site.Write("theme/theme.yml", site.ReadInput("theme/theme.yml").Replace("footer:", "foter:")));
        // One mistake, one error: the misspelt key is the cause, so 'footer' is not reported missing as well.
        Assert.Equal(["theme/theme.yml:59:1: EXP203 unknown key 'foter' (did you mean 'footer'?)"], run.Lines);
    }

    [Fact]
    public void A_theme_without_theme_data_says_what_the_file_is_for()
    {
        var run = FailedBuild.Of(Trees.Small, site => File.Delete(Path.Combine(site.Root, "theme/theme.yml")));
        Assert.Equal(["theme/theme.yml:1:1: EXP602 the theme has no theme.yml; it names the sections, the menu and the footer links (see README, Theme)"], run.Lines);
    }
}
