namespace Explainer.BrowserTests.Support;

/// <summary>
/// A page open in its own browser context, recording every request the page makes, every
/// answer that is an error, and every console error or uncaught exception, so a test can assert
/// that nothing left the site's origin and nothing the page asked for was missing.
/// </summary>
public sealed class Visit : IAsyncDisposable
{
    private readonly ServedSiteFixture fixture;
    private readonly List<string> requests = [];
    private readonly List<string> errors = [];
    private readonly List<string> failures = [];
    private readonly HashSet<(int Status, string Url)> expectedFailures = [];

    private Visit(ServedSiteFixture fixture, IBrowserContext context, IPage page)
    {
        this.fixture = fixture;
        Context = context;
        Page = page;
        context.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        context.Response += (_, response) =>
        {
            if (response.Status < 400) return;
            lock (failures) if (!expectedFailures.Contains((response.Status, response.Url))) failures.Add($"{response.Status} {response.Url}");
        };
        page.Console += (_, message) =>
        {
            // Chromium also logs the expected error answer of a page opened with GoExpectingAsync.
            if (message.Type != "error" || IsExpected(page.Url, message.Text)) return;
            lock (errors) errors.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => { lock (errors) errors.Add($"{page.Url}: uncaught {error}"); };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public static async Task<Visit> OpenAsync(ServedSiteFixture fixture, string path, BrowserNewContextOptions options)
    {
        var context = await fixture.Browser.NewContextAsync(options);
        var visit = new Visit(fixture, context, await context.NewPageAsync());
        await visit.GoAsync(path);
        return visit;
    }

    public async Task GoAsync(string path)
    {
        var response = await Page.GotoAsync(fixture.Url(path));
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
    }

    /// <summary>Opens an address that should answer with an error page, e.g. 404; that answer alone is not counted as a failure.</summary>
    public async Task GoExpectingAsync(string path, int status)
    {
        lock (failures) expectedFailures.Add((status, fixture.Url(path)));
        var response = await Page.GotoAsync(fixture.Url(path));
        Assert.Equal(status, response?.Status);
    }

    private bool IsExpected(string url, string consoleText)
    {
        lock (failures)
            return expectedFailures.Any(expected => expected.Url == url
                && consoleText.Contains($"status of {expected.Status} ", StringComparison.Ordinal));
    }

    /// <summary>Requests to any host other than the site's own.</summary>
    public IReadOnlyList<string> ForeignRequests()
    {
        lock (requests)
            return requests.Where(url => !url.StartsWith(fixture.Address.GetLeftPart(UriPartial.Authority) + "/", StringComparison.Ordinal)).ToList();
    }

    public IReadOnlyList<string> Errors()
    {
        lock (errors) return errors.ToList();
    }

    /// <summary>Answers of 400 and above, as "404 http://…".</summary>
    public IReadOnlyList<string> FailedResponses()
    {
        lock (failures) return failures.ToList();
    }

    /// <summary>Fails unless the page made no request off the site's origin, got no error answer and logged no error.</summary>
    public void AssertClean()
    {
        Assert.True(FailedResponses().Count == 0, "error answers:\n" + string.Join('\n', FailedResponses()));
        Assert.True(ForeignRequests().Count == 0, "requests left the site:\n" + string.Join('\n', ForeignRequests()));
        Assert.True(Errors().Count == 0, "console errors:\n" + string.Join('\n', Errors()));
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
