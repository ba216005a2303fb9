using Explainer.Diagnostics;
using Explainer.Pipeline;
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
        if (document.GetString(Keys.Layout) is not { } layout || context.Theme is null) return document;
        var model = new Dictionary<string, object?>(document.Metadata, StringComparer.OrdinalIgnoreCase)
        {
            [Keys.Content] = document.GetString(Keys.Html) ?? "",
            [Keys.Site] = SiteOf(context),
        };
        var html = context.Theme.Render(layout, model, SourcePosition.StartOf(document.Source), context.Diagnostics);
        if (html is null) return null;
        var isHtml = !Path.HasExtension(document.Destination) || document.Destination.EndsWith(".html", StringComparison.Ordinal);
        // Only the output is needed from here on: dropping the intermediate HTML keeps memory flat on big sites.
        return document with { Content = html, Metadata = document.Metadata.With(Keys.IsHtml, isHtml).With(Keys.Html, null) };
    }

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
