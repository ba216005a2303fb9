using Explainer.IO;
using Explainer.Pipeline;
using Explainer.Settings;
using Explainer.Theme.Views;

namespace Explainer.Editions;

/// <summary>
/// Whether this build makes the downloads, and what their files are called. They are made by a
/// build that publishes the site from its published pages: with Downloads on, writing output, not
/// in a preview session (they take a whole build, too slow for every keystroke) and not with
/// --drafts, whose pages show drafts in lists, backlinks and neighbours, so no download can leave
/// them out. Otherwise the download page says the files come from a full build.
/// </summary>
/// <param name="Date">The edition's date (<see cref="EditionDate"/>): the e-book's, and every zip entry's time.</param>
public sealed record DownloadPlan(bool Made, string ZipPath, string EpubPath, DateOnly Date)
{
    public const string PagePath = "/download/";

    /// <param name="documents">The site's pages, with their frontmatter (for the edition's date).</param>
    public static DownloadPlan For(SiteSettings settings, IReadOnlyList<Document> documents, BuildContext context)
    {
        var made = settings.Downloads && context.Options.WriteOutput && context.StagingFolder is not null && context.Cache is null && !context.Options.Drafts;
        var name = SitePaths.Slugify(settings.Title);
        return new DownloadPlan(made, $"{PagePath}{name}.zip", $"{PagePath}{name}.epub", EditionDate.Of(documents));
    }

    /// <summary>The files to come, for the link check of the pages written before them: links to them are links to files of the site.</summary>
    public IEnumerable<Document> Files() => Made ? [DownloadFile.DocumentAt(ZipPath), DownloadFile.DocumentAt(EpubPath)] : [];

    /// <summary>The download page offering <paramref name="files"/>; <paramref name="inArchive"/> for the copy inside the zip.</summary>
    public static Document Offering(Document page, IReadOnlyList<DownloadView> files, bool inArchive = false) =>
        page.With(Keys.View, (DownloadPageView)page.Get(Keys.View)! with { Files = files, InArchive = inArchive });

    /// <summary>The download page, which waits for the zip's checksum when the files are made; the other documents go on at once.</summary>
    public (IReadOnlyList<Document> Pages, Document? Held) HoldBack(IReadOnlyList<Document> documents)
    {
        var page = Made ? documents.FirstOrDefault(d => d.Url == PagePath && d.Get(Keys.Layout) == "download" && !d.Failed) : null;
        return page is null ? (documents, null) : (documents.Where(d => !ReferenceEquals(d, page)).ToList(), page);
    }
}
