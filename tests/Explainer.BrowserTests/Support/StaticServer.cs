using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Explainer.BrowserTests.Support;

/// <summary>
/// Serves a built site over http on 127.0.0.1 with Kestrel, as a static host would: under its
/// link root ("/" or a sub-path such as "/rights/"), folders resolve to index.html; unknown
/// paths, and every path outside the link root, get 404.html with status 404. axe-core is served
/// from the same origin under /_tools/ so it can run under the pages' own content policy.
/// </summary>
public sealed class StaticServer : IAsyncDisposable
{
    public const string AxePath = "/_tools/axe.min.js";

    private readonly WebApplication app;

    private StaticServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<StaticServer> StartAsync(string folder, string linkRoot)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();

        var site = new PhysicalFileProvider(folder);
        var under = new PathString(linkRoot.TrimEnd('/'));
        var types = new FileExtensionContentTypeProvider();
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_fragment", ".pf_index", ".pf_filter" })
            types.Mappings[extension] = "application/octet-stream";
        types.Mappings[".wasm"] = "application/wasm";

        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = site, RequestPath = under });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = site,
            RequestPath = under,
            ContentTypeProvider = types,
            // As a plain static host does: any file of the site is served (e.g. bibliography.bib).
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(RepositoryRoot.NodeTool("axe-core")),
            RequestPath = "/_tools",
        });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(site.GetFileInfo("404.html"));
        });

        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticServer(app, new Uri(bound));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
