using Explainer.Html;
using Explainer.IO;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// The files of the zip's copy of the site, as the zip takes them in order: read from the staging
/// folder, each page's links made relative (<see cref="RelativeLinks"/>) and scanned for the link
/// check, made ready a batch ahead of the zip (<see cref="MadeAhead"/>).
/// </summary>
/// <param name="files">The files, in the zip's order.</param>
/// <param name="page">The copy of the download page the zip holds, rendered but not written.</param>
public sealed class ArchiveCopy(IReadOnlyList<Document> files, Document page, string staging, RelativeLinks relative, BuildContext context)
{
    private readonly List<Document> _pages = [];

    /// <summary>The copy's files as they went into the zip, pages with the links they have there; complete once <see cref="Entries"/> is read to its end.</summary>
    public IReadOnlyList<Document> Pages => _pages;

    /// <summary>The zip's entries: the README first, then every file.</summary>
    public IEnumerable<(string Path, byte[] Bytes)> Entries(byte[] readme)
    {
        yield return ("README.txt", readme);
        foreach (var (file, bytes) in MadeAhead.InOrder(files, Prepare, context.Options.Parallelism))
        {
            _pages.Add(file);
            yield return (file.Destination, bytes);
        }
    }

    private (Document File, byte[] Bytes) Prepare(Document file)
    {
        var isPage = ReferenceEquals(file, page);
        var bytes = isPage ? OutputFile.ContentOf(page).Bytes.ToArray() : File.ReadAllBytes(Path.Combine(staging, file.Destination));
        if (!isPage && !file.Get(Keys.IsHtml)) return (file.With(Keys.LinkReport, null), bytes);
        bytes = relative.Rewrite(file.Destination, bytes);
        return (file.With(Keys.LinkReport, HtmlScanner.Scan(bytes, context.Intern)), bytes);
    }
}
