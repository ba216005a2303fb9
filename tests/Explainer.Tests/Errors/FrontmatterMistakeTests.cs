using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>
/// The catalogue of frontmatter mistakes: each one fails the build with exit code 1 and one line
/// <c>path:line:column: CODE message</c> pointing at the mistake and saying how to fix it, with no
/// stack trace and the previous output left untouched (all checked by <see cref="FailedBuild"/>).
/// </summary>
[Collection(CliCollection.Name)]
public sealed class FrontmatterMistakeTests
{
    private static FailedBuild Topic(string text) => FailedBuild.Of(SmallSite.With("input/topics/bad.md", text));

    [Fact]
    public void Bad_indentation_is_a_yaml_error_on_its_line_in_plain_words_before_the_parsers()
    {
        var run = Topic("---\ntitle: Bad\n description: An indented key.\n---\nBody.");
        Assert.Equal(["input/topics/bad.md:3:13: EXP201 invalid YAML: this line does not read as 'key: value': a key is indented, or a value holds ': '; start each key at the beginning of its line, and put text that contains ': ' or ' #' in quotes (YAML parser: while scanning a plain scalar value, found invalid mapping)"], run.Lines);
    }

    [Fact]
    public void A_line_that_is_not_key_and_value_says_so_before_the_parsers_words()
    {
        var run = Topic("---\ntitle: Bad\n- item\n---\nBody.");
        Assert.Equal(["input/topics/bad.md:3:1: EXP201 invalid YAML: this line is neither 'key: value' nor part of the value above it; start each key at the beginning of its line, and put text that contains ': ' or ' #' in quotes (YAML parser: while parsing a block mapping, did not find expected key)"], run.Lines);
    }

    [Fact]
    public void A_value_starting_with_a_reserved_character_says_to_quote_it()
    {
        var run = Topic("---\ntitle: @home\ndescription: x\n---\nBody.");
        Assert.Equal(["input/topics/bad.md:2:8: EXP201 invalid YAML: a value cannot start with '@'; put the value in quotes (YAML parser: while scanning for the next token, found character that cannot start any token)"], run.Lines);
    }

    [Fact]
    public void An_unclosed_double_quote_is_a_yaml_error_where_the_quote_opens()
    {
        var run = Topic("---\ntitle: \"Bad\ndescription: x\n---\nBody.");
        run.Reports("input/topics/bad.md:2:8: EXP201 invalid YAML:");
    }

    [Fact]
    public void An_unclosed_quote_says_to_close_it()
    {
        var run = Topic("---\ntitle: \"Bad\ndescription: x\n---\nBody.");
        Assert.Equal(["input/topics/bad.md:2:8: EXP201 invalid YAML: the quotation mark that opens here is never closed; close it on the same line (YAML parser: while scanning a multi-line double-quoted scalar, found wrong indentation)"], run.Lines);
    }

    [Fact]
    public void An_unclosed_single_quote_is_a_yaml_error_where_the_quote_opens()
    {
        var run = Topic("---\ntitle: Bad\ndescription: 'It never ends\n---\nBody.");
        run.Reports("input/topics/bad.md:3:14: EXP201 invalid YAML:");
    }

    [Fact]
    public void A_tab_character_is_reported_where_the_tab_is()
    {
        var run = Topic("---\ntitle: Bad\n\tdescription: x\n---\nBody.");
        run.Reports("input/topics/bad.md:3:1: EXP201 invalid YAML:", "tab");
    }

    [Fact]
    public void A_tab_character_is_a_yaml_error_that_names_the_tab()
    {
        var run = Topic("---\ntitle: Bad\n\tdescription: x\n---\nBody.");
        var line = Assert.Single(run.Lines);
        Assert.Matches(@"^input/topics/bad\.md:\d+:\d+: EXP201 invalid YAML: .*tab character", line);
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_its_second_occurrence()
    {
        var run = Topic("---\ntitle: Bad\ndescription: x\ntitle: Again\n---\nBody.");
        Assert.Equal(["input/topics/bad.md:4:1: EXP201 invalid YAML: the key 'title' appears twice; each key may appear once"], run.Lines);
    }

    [Fact]
    public void Frontmatter_opened_but_never_closed_says_how_to_close_it()
    {
        var run = Topic("---\ntitle: Bad\ndescription: x\nBody without a closing line.");
        run.Reports("input/topics/bad.md:1:1: EXP202 frontmatter opened by '---' on line 1 is never closed", "add a line holding only '---'");
    }

    [Fact]
    public void A_file_without_frontmatter_names_the_keys_it_needs()
    {
        var run = Topic("# Just a heading\n\nBody.");
        run.Reports("input/topics/bad.md:1:1: EXP206 the file has no frontmatter", "the keys description, title");
    }

    [Fact]
    public void Empty_frontmatter_names_each_missing_key()
    {
        var run = Topic("---\n---\nBody.");
        run.Reports("input/topics/bad.md:2:1: EXP206 missing required key 'description'");
        run.Reports("input/topics/bad.md:2:1: EXP206 missing required key 'title'");
    }

    [Fact]
    public void Frontmatter_that_is_a_list_is_a_wrong_type()
    {
        var run = Topic("---\n- title\n- description\n---\nBody.");
        run.Reports("input/topics/bad.md:2:1: EXP204 frontmatter must be 'key: value' lines");
    }

    [Fact]
    public void Unknown_topic_key_suggests_the_nearest_key()
    {
        var run = Topic("---\ntitle: Bad\ndescription: x\ntittle: Typo\n---\nBody.");
        run.Reports("input/topics/bad.md:4:1: EXP203 unknown key 'tittle'", "(did you mean 'title'?)");
    }

    [Fact]
    public void An_unknown_key_with_a_line_break_is_reported_on_one_line()
    {
        var run = Topic("---\ntitle: Bad\ndescription: x\n\"col\\nour\": red\n---\nBody.");
        run.Reports("input/topics/bad.md:4:1: EXP203 unknown key ");
    }

    [Fact]
    public void Unknown_term_key_suggests_the_nearest_key()
    {
        var run = FailedBuild.Of(SmallSite.With("input/glossary/bad.md", "---\nterm: Bad\nshrot: A typo.\n---\nBody."));
        Assert.Equal(["input/glossary/bad.md:3:1: EXP203 unknown key 'shrot' (did you mean 'short'?)"], run.Lines);
    }

    [Fact]
    public void A_misspelt_required_key_is_one_error_the_cause_with_its_fix()
    {
        var run = Topic("---\ntitle: Bad\ndescripton: Typo.\n---\nBody.");
        Assert.Equal(["input/topics/bad.md:3:1: EXP203 unknown key 'descripton' (did you mean 'description'?)"], run.Lines);
    }

    [Fact]
    public void A_missing_required_key_is_still_reported_when_an_unknown_key_means_another()
    {
        var run = Topic("---\ntittle: Bad\n---\nBody.");
        Assert.Equal([
            "input/topics/bad.md:2:1: EXP203 unknown key 'tittle' (did you mean 'title'?)",
            "input/topics/bad.md:2:1: EXP206 missing required key 'description' (one sentence, used in lists, search results and social cards)",
        ], run.Lines);
    }

    [Fact]
    public void Unknown_nested_cleanup_key_suggests_the_nearest_key()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("  drop:\n", "  dorp:\n"));
        run.Reports("input/sources/report.md:8:3: EXP203 unknown key 'dorp' in 'cleanup'", "(did you mean 'drop'?)");
    }

    [Fact]
    public void Text_where_a_number_belongs_is_a_wrong_type()
    {
        var run = Topic("---\ntitle: Bad\ndescription: x\norder: first\n---\nBody.");
        run.Reports("input/topics/bad.md:4:8: EXP204 'order' must be a whole number, not 'first'");
    }

    [Fact]
    public void A_list_where_text_belongs_is_a_wrong_type()
    {
        var run = Topic("---\ntitle: [One, Two]\ndescription: x\n---\nBody.");
        run.Reports("input/topics/bad.md:2:8: EXP204 'title' must be text, not a list");
    }

    [Fact]
    public void A_mapping_where_a_list_belongs_is_a_wrong_type()
    {
        var run = Topic("---\ntitle: Bad\ndescription: x\ntags: {cameras: yes}\n---\nBody.");
        run.Reports("input/topics/bad.md:4:7: EXP204 'tags' must be a list, not a mapping");
    }

    [Fact]
    public void A_word_where_true_or_false_belongs_is_a_wrong_type()
    {
        var run = Topic("---\ntitle: Bad\ndescription: x\ndraft: yes\n---\nBody.");
        run.Reports("input/topics/bad.md:4:8: EXP204 'draft' must be true or false, not 'yes'");
    }

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("2021/02/03")]
    [InlineData("yesterday")]
    [InlineData("2021-2-3")]
    [InlineData("03-02-2021")]
    public void An_invalid_date_is_reported_with_the_form_to_use(string date)
    {
        var run = Topic($"---\ntitle: Bad\ndescription: x\ndate: {date}\n---\nBody.");
        run.Reports($"input/topics/bad.md:4:7: EXP205 'date' is '{date}', which is not a valid date", "write YYYY-MM-DD");
    }

    [Fact]
    public void An_invalid_partial_date_of_a_source_is_reported_with_the_forms_to_use()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("issued: 2019-05", "issued: 2019-13"));
        run.Reports("input/sources/report.md:6:9: EXP205 'issued' is '2019-13', which is not a valid date", "YYYY, YYYY-MM or YYYY-MM-DD");
    }

    [Fact]
    public void An_empty_required_value_is_reported_at_its_key()
    {
        var run = Topic("---\ntitle:\ndescription: x\n---\nBody.");
        run.Reports("input/topics/bad.md:2:1: EXP206 'title' is required but empty");
    }

    [Fact]
    public void An_empty_quoted_required_value_is_reported_at_its_value()
    {
        var run = Topic("---\ntitle: Bad\ndescription: \"\"\n---\nBody.");
        run.Reports("input/topics/bad.md:3:14: EXP209 'description' must not be empty");
    }

    [Fact]
    public void A_value_outside_the_allowed_set_suggests_the_nearest_one()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("type: report", "type: reprot"));
        run.Reports("input/sources/report.md:4:7: EXP209 'type' is 'reprot' but must be one of:", "(did you mean 'report'?)");
    }

    [Fact]
    public void A_tag_that_is_not_lowercase_words_is_refused_with_the_rule()
    {
        var run = Topic("---\ntitle: Bad\ndescription: x\ntags: [Cameras]\n---\nBody.");
        run.Reports("input/topics/bad.md:4:8: EXP209 'tags[0]' is 'Cameras', which is not allowed here", "lowercase words joined by hyphens");
    }

    [Fact]
    public void An_order_below_one_is_refused()
    {
        var run = Topic("---\ntitle: Bad\ndescription: x\norder: 0\n---\nBody.");
        run.Reports("input/topics/bad.md:4:8: EXP209 'order' must be at least 1, not 0");
    }
}
