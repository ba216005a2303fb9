using Explainer.Diagnostics;
using Explainer.Pipeline;
using Explainer.Settings;

namespace Explainer.Stages;

/// <summary>Reads statiq.json; --base-url overrides its LinkRoot, --relative-links switches RelativeLinks on.</summary>
public sealed class ReadSettings : IStage
{
    public SiteSettings Process(BuildContext context)
    {
        var (settings, readable) = LinkRefusal.IsInside(context, context.Absolute(SettingsReader.FileName))
            ? SettingsReader.Read(context.Options.Root, context.Diagnostics)
            : (SiteSettings.Default, false);
        if (context.Options.LinkRoot is { } linkRoot) settings = settings with { LinkRoot = NormaliseLinkRoot(linkRoot) };
        if (context.Options.RelativeLinks) settings = settings with { RelativeLinks = true };
        if (readable && settings.Host is null && (settings.Feed || settings.Sitemap))
        {
            // Feeds and sitemaps must use absolute URLs, which need the host.
            context.Diagnostics.Warning(SourcePosition.StartOf(SettingsReader.FileName), ErrorCodes.SettingsWrongType,
                "Host is not set, so feed.xml, sitemap.xml and robots.txt are not written; set Host (e.g. \"example.org\") to get them");
            settings = settings with { Feed = false, Sitemap = false };
        }
        return settings;
    }

    /// <summary>"rights", "/rights" and "/rights/" all mean "/rights/".</summary>
    public static string NormaliseLinkRoot(string value)
    {
        var trimmed = value.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }
}
