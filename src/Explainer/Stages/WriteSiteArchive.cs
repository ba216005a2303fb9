using Explainer.Editions;
using Explainer.Html;
using Explainer.IO;
using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// Writes the whole site as a zip that works from disk: every file the build wrote (the e-book
/// included), each page's links made relative to it (<see cref="RelativeLinks"/>), a README.txt
/// first (theme layout <c>archive-readme.txt</c>), all in one folder. Left out: the zip itself, and
/// the search index, which a page opened from disk cannot load and whose files Pagefind does not
/// write the same way twice. The zip holds its own copy of the download page, which cannot give
/// the zip's checksum (a file cannot hold its own): it gives the e-book's and says where to compare
/// the zip's. Every page of the copy is read again as it goes in and its links checked as a browser
/// on disk would follow them, so the zip never carries a broken or root-relative link.
/// </summary>
public sealed class WriteSiteArchive(Task<ThemeTemplates> templates, SiteView views) : IStage
{
    public const string ReadmeLayout = "archive-readme.txt";

    /// <param name="documents">Every page and file the build wrote (the download page aside).</param>
    /// <param name="downloadPage">The download page, held back until the zip's checksum is known.</param>
    /// <returns>The zip as written, or null when this build makes no downloads or failed (reported).</returns>
    public DownloadFile? Process(IReadOnlyList<Document> documents, Document downloadPage, DownloadFile? book, SiteModel site, DownloadPlan plan, BuildContext context)
    {
        if (!plan.Made || context.StagingFolder is not { } staging || context.Diagnostics.HasErrors) return null;
        var layouts = new ApplyLayouts(templates, views);
        var archived = Archived(downloadPage, book, site, plan);
        var readme = ReadmeFor(book, site, plan);
        if (layouts.Process(archived, context) is not { } page || page.Failed || layouts.Process(readme, context) is not { } text || text.Failed) return null;

        var files = documents.Where(d => d.Destination.Length > 0 && !d.Failed && d.Destination != plan.ZipPath.TrimStart('/'))
            .Concat(book is null ? [] : [book.AsDocument()])
            .Append(page)
            .DistinctBy(d => d.Destination)
            .OrderBy(d => d.Destination, StringComparer.Ordinal)
            .ToList();
        var copy = new ArchiveCopy(files, page, staging, RelativeLinks.Among(files.Select(f => f.Destination), site.Urls), context);

        var zip = StagedDownload.Write("zip", plan.ZipPath, staging,
            output => SiteArchive.Write(output, Path.GetFileNameWithoutExtension(plan.ZipPath), copy.Entries(OutputFile.ContentOf(text).Bytes.ToArray()), plan.Date), context);
        return zip is not null && new CheckLinks().Process(copy.Pages, site, context, relative: true) ? zip : null;
    }

    // The download page as the zip holds it: the e-book's checksum, and no link to the zip, which is not inside itself.
    private static Document Archived(Document downloadPage, DownloadFile? book, SiteModel site, DownloadPlan plan)
    {
        var files = new List<DownloadView> { DownloadFile.Unknown("zip", plan.ZipPath) };
        if (book is not null) files.Add(book.View(site.Urls));
        return DownloadPlan.Offering(downloadPage, files, inArchive: true);
    }

    private static Document ReadmeFor(DownloadFile? book, SiteModel site, DownloadPlan plan)
    {
        var view = new ArchiveReadmeView
        {
            Kind = "site-file",
            Layout = ReadmeLayout,
            Path = "/README.txt",
            Url = "README.txt",
            Title = site.Settings.Title,
            Description = site.Settings.Description,
            Archive = plan.ZipPath[(plan.ZipPath.LastIndexOf('/') + 1)..],
            Edition = plan.Date,
            Book = book?.Destination ?? "",
            OnlineUrl = site.Urls.Origin is null ? "" : site.Urls.Absolute(DownloadPlan.PagePath),
        };
        return Document.Create($"{LoadTheme.ThemeFolder}/layouts/{ReadmeLayout}{ThemeTemplates.Extension}") with
        {
            Destination = "README.txt",
            Metadata = Metadata.Empty.With(Keys.Kind, "site-file").With(Keys.Layout, ReadmeLayout).With(Keys.View, (PageView)view),
        };
    }
}
