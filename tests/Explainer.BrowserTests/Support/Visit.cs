namespace Explainer.BrowserTests.Support;

/// <summary>
/// A page open in its own browser context, recording every request the page makes and every
/// console error or uncaught exception, so a test can assert that nothing left the site's origin.
/// </summary>
public sealed class Visit : IAsyncDisposable
{
    private readonly SiteFixture fixture;
    private readonly List<string> requests = [];
    private readonly List<string> errors = [];

    private Visit(SiteFixture fixture, IBrowserContext context, IPage page)
    {
        this.fixture = fixture;
        Context = context;
        Page = page;
        context.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add($"{page.Url}: {message.Text}"); };
        page.PageError += (_, error) => { lock (errors) errors.Add($"{page.Url}: uncaught {error}"); };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public static async Task<Visit> OpenAsync(SiteFixture fixture, string path, BrowserNewContextOptions options)
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

    /// <summary>Fails unless the page made no request off the site's origin and logged no error.</summary>
    public void AssertClean()
    {
        Assert.True(ForeignRequests().Count == 0, "requests left the site:\n" + string.Join('\n', ForeignRequests()));
        Assert.True(Errors().Count == 0, "console errors:\n" + string.Join('\n', Errors()));
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
