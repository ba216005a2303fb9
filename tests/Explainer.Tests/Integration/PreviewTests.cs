using System.Text.RegularExpressions;
using Explainer.Pipeline;
using Explainer.Preview;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>
/// The preview server end to end over HTTP: serves the built site, pushes a reload event after an
/// edit with the new content ready, pushes the errors (which the injected client shows as an
/// overlay) after a broken edit while still serving the last good build.
/// </summary>
public sealed partial class PreviewTests
{
    [Fact]
    public async Task Edits_reload_open_pages_and_broken_edits_show_errors_while_the_last_good_build_is_served()
    {
        using var site = TestSite.From(Trees.Small);
        await using var host = await PreviewHost.StartAsync(BuildOptions.ForRoot(site.Root), port: 0, TextWriter.Null, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = host.SiteAddress, Timeout = TimeSpan.FromSeconds(30) };

        var page = await http.GetStringAsync("topics/abroad/", TestContext.Current.CancellationToken);
        Assert.Contains("stifle dissent", page);
        Assert.Contains("/__preview/client.js", page);
        Assert.Contains("showErrors", await http.GetStringAsync("/__preview/client.js", TestContext.Current.CancellationToken));

        await using var events = new EventStream(http, "/__preview/events");
        await events.WaitForConnection();

        Edit(site, "stifle dissent", "silence dissent");
        Assert.Equal("reload", (await events.Next()).Event);
        Assert.Contains("silence dissent", await http.GetStringAsync("topics/abroad/", TestContext.Current.CancellationToken));

        Edit(site, "[@report, ¶3]", "[@report, ¶30]");
        var broken = await events.Next();
        Assert.Equal("errors", broken.Event);
        Assert.Matches(ErrorLine(), broken.Data);
        Assert.Contains("silence dissent", await http.GetStringAsync("topics/abroad/", TestContext.Current.CancellationToken));

        Edit(site, "[@report, ¶30]", "[@report, ¶3]");
        Assert.Equal("reload", (await events.Next()).Event);
    }

    [Fact]
    public async Task Serves_the_site_under_its_link_root_and_answers_missing_pages_with_the_404_page()
    {
        using var site = TestSite.From(Trees.Small);
        await using var host = await PreviewHost.StartAsync(BuildOptions.ForRoot(site.Root) with { LinkRoot = "/rights/" }, 0, TextWriter.Null, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = host.SiteAddress };
        Assert.EndsWith("/rights/", host.SiteAddress.ToString());
        Assert.Contains("href=\"/rights/topics/at-home/\"", await http.GetStringAsync("", TestContext.Current.CancellationToken));
        var missing = await http.GetAsync("no/such/page/", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private const string Draft = "\n-- input/topics/later.md --\n---\ntitle: Later\ndescription: Not ready.\ndraft: true\n---\nWombats say the project began in 1994 [@report, ¶1].\n";

    [Fact]
    public async Task The_preview_command_shows_drafts_with_their_banner_and_no_drafts_leaves_them_out()
    {
        using var site = TestSite.From(Trees.Small + Draft);
        using (var preview = ExplainerProcess.Start("preview", "--root", site.Root, "--port", "0"))
        {
            try
            {
                using var http = new HttpClient { BaseAddress = await Address(preview), Timeout = TimeSpan.FromSeconds(30) };
                var page = await http.GetStringAsync("topics/later/", TestContext.Current.CancellationToken);
                Assert.Contains("<p class=\"draft-banner\" role=\"note\"><strong class=\"draft-banner__label\">Draft</strong>", page);
                Assert.Contains("/topics/later/", await http.GetStringAsync("topics/", TestContext.Current.CancellationToken));
                Assert.DoesNotContain("/topics/later/", await http.GetStringAsync("sitemap.xml", TestContext.Current.CancellationToken));
            }
            finally
            {
                preview.Process.Kill(entireProcessTree: true);
            }
        }
        using (var preview = ExplainerProcess.Start("preview", "--root", site.Root, "--port", "0", "--no-drafts"))
        {
            try
            {
                using var http = new HttpClient { BaseAddress = await Address(preview), Timeout = TimeSpan.FromSeconds(30) };
                var missing = await http.GetAsync("topics/later/", TestContext.Current.CancellationToken);
                Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
            }
            finally
            {
                preview.Process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task The_search_index_a_preview_refreshes_after_an_edit_never_holds_a_draft()
    {
        PagefindBundle.Command();
        using var site = TestSite.From(Trees.Small + Draft + "\n-- statiq.json --\n{ \"Title\": \"Test site\", \"Host\": \"example.org\", \"SearchIndex\": true, \"Countries\": false }\n");
        await using var host = await PreviewHost.StartAsync(BuildOptions.ForRoot(site.Root) with { Drafts = true }, port: 0, TextWriter.Null, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = host.SiteAddress, Timeout = TimeSpan.FromSeconds(30) };
        await using var events = new EventStream(http, "/__preview/events");
        await events.WaitForConnection();
        var bundle = Path.Combine(site.Output, "pagefind");
        Assert.Equal("[]", PagefindBundle.Search(bundle, "wombats", "Topic").Trim());

        Edit(site, "stifle dissent", "stifle quokkas");
        Assert.Equal("reload", (await events.Next()).Event);
        await host.Session.SearchRefresh.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.Contains("/topics/abroad/", PagefindBundle.Search(bundle, "quokkas", "Topic"));
        Assert.Equal("[]", PagefindBundle.Search(bundle, "wombats", "Topic").Trim());
    }

    // "Serving http://127.0.0.1:PORT/ ..." once the first build is served.
    private static async Task<Uri> Address(ExplainerProcess.Running preview)
    {
        var serving = await preview.Line("Serving ");
        return new Uri(serving.Split(' ')[1]);
    }

    private static void Edit(TestSite site, string from, string to)
    {
        var path = Path.Combine(site.Root, "input/topics/abroad.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to));
    }

    [GeneratedRegex(@"input/topics/abroad\.md:7:\d+: EXP302")]
    private static partial Regex ErrorLine();
}
