namespace Explainer.BrowserTests.Support;

/// <summary>
/// One build of the real site under a link root, one static server that serves it under that
/// same sub-path, and one Chromium, shared by the tests of a collection. The browser is
/// Debian's Chromium: Playwright's own browser download is never used.
/// </summary>
public abstract class ServedSiteFixture(string linkRoot) : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private BuiltSite? site;
    private StaticServer? server;
    private IBrowser? browser;

    /// <summary>The sub-path the site is built for and served under, "/" or e.g. "/rights/".</summary>
    public string LinkRoot { get; } = linkRoot;

    public BuiltSite Site => site ?? throw new InvalidOperationException("not started");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("not started");

    public Uri Address => server?.Address ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync()
    {
        // Generous for busy CI machines: every expectation still fails if the page never gets there.
        Assertions.SetDefaultExpectTimeout(15_000);
        site = BuiltSite.Build(LinkRoot);
        server = await StaticServer.StartAsync(site.Output, LinkRoot);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>The absolute address of a server path, e.g. "/topics/" or "/rights/topics/".</summary>
    public string Url(string path) => new Uri(Address, path).ToString();

    /// <summary>A fresh browser context (no stored theme, no history) that records requests and errors.</summary>
    public Task<Visit> VisitAsync(string path, BrowserNewContextOptions? options = null) =>
        Visit.OpenAsync(this, path, options ?? Desktop);

    // Reduced motion: jumps to anchors are instant, so tests need not wait for smooth scrolling.
    public static BrowserNewContextOptions Desktop => new()
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        ReducedMotion = ReducedMotion.Reduce,
    };

    public static BrowserNewContextOptions Phone => new()
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        IsMobile = true,
        HasTouch = true,
        DeviceScaleFactor = 2,
        ReducedMotion = ReducedMotion.Reduce,
    };

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
        site?.Dispose();
    }
}
