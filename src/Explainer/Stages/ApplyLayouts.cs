using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Pipeline;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// Renders every page through its theme layout. The template sees the page's view as <c>page</c>
/// and the site's as <c>site</c> (README, Theme, lists both for every layout).
/// </summary>
public sealed class ApplyLayouts(Task<ThemeTemplates> loading, SiteView site) : DocumentStage
{
    private string? _siteFingerprint;

    public override Document? Process(Document document, BuildContext context)
    {
        if (document.Get(Keys.Layout) is not { } layout || document.Get(Keys.View) is not { } view || document.Failed) return document;
        var theme = loading.GetAwaiter().GetResult();
        var asked = document.Metadata.Has(Keys.LayoutAt) ? document.Get(Keys.LayoutAt) : SourcePosition.StartOf(document.Source);
        var html = LayoutKey(layout, view, theme, context) is { } key
            ? context.Cached(nameof(ApplyLayouts), () => key, diagnostics => theme.Render(layout, view, site, asked, diagnostics))
            : theme.Render(layout, view, site, asked, context.Diagnostics);
        if (html is null) return document.With(Keys.Failed, true);
        var isHtml = !Path.HasExtension(document.Destination) || document.Destination.EndsWith(".html", StringComparison.Ordinal);
        // From here on only the page itself and what the link check, the search index and the summary read are needed;
        // letting go of the view at once keeps memory flat however many pages the site has.
        var kept = document.Metadata.Only(Keys.Kind, Keys.Url, Keys.Layout, Keys.CopyFrom, Keys.BodyLine, Keys.Review, Keys.InputPath, Keys.Draft);
        return document with { Content = "", Metadata = kept.With(Keys.Rendered, html).With(Keys.IsHtml, isHtml) };
    }

    /// <summary>
    /// In a preview session, what the page's layout output depends on: the compiled theme, the
    /// layout, the site view and everything in the page's view. An edit re-renders exactly the
    /// pages whose view it changed (the page, its neighbours, backlinks, indexes), and no others.
    /// </summary>
    private string? LayoutKey(string layout, PageView view, ThemeTemplates theme, BuildContext context)
    {
        if (context.Cache is null) return null;
        var siteFingerprint = LazyInitializer.EnsureInitialized(ref _siteFingerprint, () => ModelFingerprint.Of([KeyValuePair.Create<string, object?>("site", site)]) ?? "");
        return ModelFingerprint.Of([KeyValuePair.Create<string, object?>("page", view)]) is { } model
            ? ContentHash.Of(theme.InstanceId, layout, siteFingerprint, model)
            : null;
    }
}
