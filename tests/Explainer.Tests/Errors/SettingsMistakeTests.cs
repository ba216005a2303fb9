using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>The catalogue of statiq.json mistakes: syntax errors at their position, unknown keys with the nearest one, wrong types.</summary>
[Collection(CliCollection.Name)]
public sealed class SettingsMistakeTests
{
    private static FailedBuild Settings(string json) => FailedBuild.Of(Trees.Small, site => site.Write("statiq.json", json));

    [Fact]
    public void A_missing_comma_is_reported_where_the_parser_stops()
    {
        var run = Settings("{\n  \"Title\": \"Test site\",\n  \"Host\": \"example.org\"\n  \"SearchIndex\": false\n}\n");
        Assert.Equal(["statiq.json:4:3: EXP101 invalid JSON: a comma is missing before this; separate the settings with commas (JSON parser: '\"' is invalid after a value. Expected either ',', '}', or ']')"], run.Lines);
    }

    [Fact]
    public void An_unclosed_string_is_a_syntax_error_on_its_line()
    {
        var run = Settings("{\n  \"Title\": \"Test site,\n  \"SearchIndex\": false\n}\n");
        Assert.StartsWith("statiq.json:2:", run.Reports("statiq.json:2:"));
        Assert.Equal(["EXP101"], run.Codes);
    }

    [Fact]
    public void A_syntax_error_after_non_ascii_text_is_reported_at_its_character_column()
    {
        const string line = "  \"Description\": \"监控监控\" \"Host\": \"example.org\",";
        var run = Settings("{\n  \"Title\": \"Test site\",\n" + line + "\n  \"SearchIndex\": false\n}\n");
        run.Reports($"statiq.json:3:{line.IndexOf("\"Host", StringComparison.Ordinal) + 1}: EXP101 invalid JSON:");
    }

    [Fact]
    public void A_syntax_error_after_ascii_text_is_reported_at_its_column()
    {
        const string line = "  \"Description\": \"Cameras\" \"Host\": \"example.org\",";
        var run = Settings("{\n  \"Title\": \"Test site\",\n" + line + "\n  \"SearchIndex\": false\n}\n");
        run.Reports($"statiq.json:3:{line.IndexOf("\"Host", StringComparison.Ordinal) + 1}: EXP101 invalid JSON:");
    }

    [Fact]
    public void A_trailing_comma_is_a_syntax_error_at_the_closing_brace()
    {
        var run = Settings("{\n  \"Title\": \"Test site\",\n  \"SearchIndex\": false,\n}\n");
        run.Reports("statiq.json:4:1: EXP101 invalid JSON:", "trailing comma");
    }

    [Fact]
    public void A_trailing_comma_says_to_remove_the_comma()
    {
        var run = Settings("{\n  \"Title\": \"Test site\",\n  \"SearchIndex\": false,\n}\n");
        var line = run.Reports("statiq.json:4:1: EXP101 invalid JSON:");
        Assert.DoesNotContain("reader options", line, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_syntax_error_does_not_also_claim_that_host_is_missing()
    {
        var run = Settings("{\n  \"Title\": \"Test site\",\n  \"Host\": \"example.org\",\n  \"SearchIndex\": false,\n}\n");
        Assert.DoesNotContain(run.Lines, line => line.Contains("Host is not set", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_literal_is_reported_on_one_line()
    {
        var run = Settings("{\n  \"Title\": \"Test site\",\n  \"Feed\": t rue,\n  \"Host\": \"example.org\",\n  \"SearchIndex\": false\n}\n");
        run.Reports("statiq.json:3:12: EXP101 invalid JSON:");
    }

    [Fact]
    public void An_empty_settings_file_is_a_syntax_error()
    {
        var run = Settings("");
        run.Reports("statiq.json:1:1: EXP101 invalid JSON:");
    }

    [Fact]
    public void A_duplicate_setting_is_reported_at_its_second_occurrence()
    {
        var run = Settings("{\"Title\": \"x\", \"Title\": \"y\", \"Host\": \"example.org\", \"SearchIndex\": false}");
        run.Reports("statiq.json:1:16: EXP101 ", "each key may appear once");
    }

    [Fact]
    public void A_duplicate_setting_is_not_called_a_yaml_error()
    {
        var run = Settings("{\"Title\": \"x\", \"Title\": \"y\", \"Host\": \"example.org\", \"SearchIndex\": false}");
        Assert.DoesNotContain("YAML", run.Reports("statiq.json:1:16: EXP101 "), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_settings_suggest_the_nearest_setting()
    {
        var run = Settings("{\n  \"Title\": \"Test site\",\n  \"Hots\": \"example.org\",\n  \"Serchindex\": false,\n  \"linkroot\": \"/x/\"\n}\n");
        run.Reports("statiq.json:3:3: EXP102 unknown key 'Hots'", "(did you mean 'Host'?)");
        run.Reports("statiq.json:4:3: EXP102 unknown key 'Serchindex'", "(did you mean 'SearchIndex'?)");
        run.Reports("statiq.json:5:3: EXP102 unknown key 'linkroot'", "(did you mean 'LinkRoot'?)");
    }

    [Fact]
    public void Settings_of_the_wrong_type_say_which_type_they_need()
    {
        var run = Settings("{\n  \"Title\": \"Test site\",\n  \"Host\": \"example.org\",\n  \"SearchIndex\": \"no\",\n  \"LinkRoot\": \"rights\",\n  \"Feed\": [true]\n}\n");
        run.Reports("statiq.json:4:18: EXP103 'SearchIndex' must be true or false, not 'no'");
        run.Reports("statiq.json:5:15: EXP103 'LinkRoot' is 'rights', which is not allowed here", "starting and ending with /");
        run.Reports("statiq.json:6:11: EXP103 'Feed' must be true or false, not a list");
    }

    [Fact]
    public void A_quoted_boolean_is_text_not_true_or_false()
    {
        var run = Settings("{\n  \"Title\": \"Test site\",\n  \"SearchIndex\": \"false\"\n}\n");
        run.Reports("statiq.json:3:18: EXP103 'SearchIndex' must be true or false");
    }

    [Fact]
    public void A_number_where_text_belongs_is_a_wrong_type()
    {
        var run = Settings("{\n  \"Title\": 5,\n  \"Host\": \"example.org\",\n  \"SearchIndex\": false\n}\n");
        run.Reports("statiq.json:2:12: EXP103 'Title' must be text");
    }

    [Fact]
    public void Settings_that_are_a_list_are_refused()
    {
        var run = Settings("[1, 2]");
        run.Reports("statiq.json:1:1: EXP103 ", "a mapping of keys to values");
    }

    [Fact]
    public void A_missing_title_is_reported()
    {
        var run = Settings("{\n  \"Host\": \"example.org\",\n  \"SearchIndex\": false\n}\n");
        run.Reports("statiq.json:1:1: EXP103 missing required key 'Title'");
    }

    [Fact]
    public void Pathologically_deep_json_is_a_syntax_error_not_a_crash()
    {
        var run = Settings("{\"Title\": \"x\", \"Description\": " + new string('[', 5000) + new string(']', 5000) + "}");
        run.Reports("statiq.json:1:", "depth");
        Assert.Equal(["EXP101"], run.Codes);
    }

    [Fact]
    public void A_site_without_settings_is_told_it_needs_them()
    {
        var run = FailedBuild.Of(Trees.Small, site => File.Delete(Path.Combine(site.Root, "statiq.json")));
        run.Reports("statiq.json:1:1: EXP901 statiq.json not found", "every site needs one");
    }
}
