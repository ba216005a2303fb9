using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Explainer.Preview;

/// <summary>
/// Serves the output folder on 127.0.0.1 with Kestrel, under the site's link root, as a static
/// host would, plus the live-reload channel (/__preview/events, Server-Sent Events) and the small
/// client that each HTML page gets injected on the way out. The files on disk stay exactly what
/// a build writes.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string Prefix = "/__preview/";
    private const string Injection = """<link rel="stylesheet" href="/__preview/client.css"><script src="/__preview/client.js" defer></script>""";

    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The server's address, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Address { get; }

    public static async Task<PreviewServer> StartAsync(string outputFolder, Func<string> linkRoot, LiveReloadHub hub, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet(Prefix + "events", (HttpContext http) => StreamEvents(http, hub));
        app.MapGet(Prefix + "client.js", () => Results.Text(Resource("preview-client.js"), "text/javascript"));
        app.MapGet(Prefix + "client.css", () => Results.Text(Resource("preview-client.css"), "text/css"));
        app.MapFallback("{*path}", (HttpContext http) => ServeSite(http, outputFolder, linkRoot()));
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    private static async Task StreamEvents(HttpContext http, LiveReloadHub hub)
    {
        http.Response.Headers.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(": connected\n\n", http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
        try
        {
            await foreach (var (name, data) in hub.Subscribe(http.RequestAborted).ReadAllAsync(http.RequestAborted))
            {
                await http.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or reloaded.
        }
    }

    private static async Task ServeSite(HttpContext http, string output, string linkRoot)
    {
        var path = http.Request.Path.Value ?? "/";
        if (!path.StartsWith(linkRoot, StringComparison.Ordinal))
        {
            http.Response.Redirect(linkRoot);
            return;
        }
        var relative = Uri.UnescapeDataString(path[linkRoot.Length..]);
        var file = Path.GetFullPath(Path.Combine(output, relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative));
        if (!file.StartsWith(Path.GetFullPath(output) + Path.DirectorySeparatorChar, StringComparison.Ordinal)) file = "";
        if (File.Exists(file))
        {
            await Send(http, file, 200);
            return;
        }
        if (Directory.Exists(file))
        {
            http.Response.Redirect(path + "/");
            return;
        }
        var notFound = Path.Combine(output, "404.html");
        if (File.Exists(notFound)) await Send(http, notFound, 404);
        else await SendHtml(http, "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Preview</title></head><body><p>The site has not been built yet.</p></body></html>", 404);
    }

    private static async Task Send(HttpContext http, string file, int status)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            await SendHtml(http, await File.ReadAllTextAsync(file), status);
            return;
        }
        http.Response.StatusCode = status;
        http.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await http.Response.SendFileAsync(file);
    }

    private static async Task SendHtml(HttpContext http, string html, int status)
    {
        var end = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(end < 0 ? html + Injection : html.Insert(end, Injection));
    }

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    // Pagefind's index files have extensions no static host knows; they are plain binary.
    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_fragment", ".pf_index", ".pf_filter" })
            provider.Mappings[extension] = "application/octet-stream";
        return provider;
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Preview/{name}")!;
        return new StreamReader(stream).ReadToEnd();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
