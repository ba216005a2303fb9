using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Pipeline;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// Renders every page through its theme layout. The template sees the page's metadata (as
/// written and computed), <c>Content</c> (the rendered body) and <c>Site</c> (settings and series).
/// </summary>
public sealed class ApplyLayouts : DocumentStage
{
    public override Document? Process(Document document, BuildContext context)
    {
        if (document.GetString(Keys.Layout) is not { } layout || document.Failed || context.Theme is null) return document;
        Dictionary<string, object?> Model() => new(document.Metadata, StringComparer.OrdinalIgnoreCase)
        {
            [Keys.Content] = document.Get<Utf8Text>(Keys.Html)?.ToString() ?? "",
            [Keys.Site] = SiteOf(context),
        };
        var asked = document.Metadata.Get<SourcePosition?>(Keys.LayoutAt) ?? SourcePosition.StartOf(document.Source);
        var theme = context.Theme;
        var html = LayoutKey(document, layout, theme, context) is { } key
            ? context.Cached(nameof(ApplyLayouts), () => key, diagnostics => theme.Render(layout, Model(), asked, diagnostics))
            : theme.Render(layout, Model(), asked, context.Diagnostics);
        if (html is null) return document.With(Keys.Failed, true);
        var isHtml = !Path.HasExtension(document.Destination) || document.Destination.EndsWith(".html", StringComparison.Ordinal);
        // From here on only the page itself and what the link check and the summary read are needed;
        // letting go of the views at once keeps memory flat however many pages the site has.
        var kept = Metadata.Empty.With(KeptAfterLayout.Select(key => KeyValuePair.Create(key, document.Metadata.GetValueOrDefault(key))));
        return document with { Content = "", Metadata = kept.With(Keys.Rendered, html).With(Keys.IsHtml, isHtml) };
    }

    /// <summary>
    /// In a preview session, what the page's layout output depends on: the compiled theme, the
    /// layout, the site view and everything in the page's model. An edit re-renders exactly the
    /// pages whose model it changed (the page, its neighbours, backlinks, indexes), and no others.
    /// </summary>
    private static string? LayoutKey(Document document, string layout, ThemeTemplates theme, BuildContext context)
    {
        if (context.Cache is null) return null;
        context.SiteViewFingerprint ??= ModelFingerprint.Of([KeyValuePair.Create<string, object?>(Keys.Site, SiteOf(context))]);
        return ModelFingerprint.Of(document.Metadata) is { } model && context.SiteViewFingerprint is { } site
            ? ContentHash.Of(theme.InstanceId, layout, site, model)
            : null;
    }

    private static readonly string[] KeptAfterLayout = [Keys.Kind, Keys.Url, Keys.Layout, Keys.CopyFrom, Keys.BodyLine];

    private static SiteView SiteOf(BuildContext context) => context.SiteView ??= new SiteView(
        context.Settings.Title,
        context.Settings.Description,
        context.Settings.Author,
        context.Settings.Language,
        context.Settings.License,
        context.Urls.LinkRoot,
        context.Settings.SearchIndex,
        context.Settings.Feed,
        context.Series.Entries.Select(e => new LinkView(context.Urls.Link(e.Url), e.Title, e.Description)).ToList(),
        context.StandalonePages);
}
