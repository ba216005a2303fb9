using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Reads every file under input/: Markdown content becomes a document holding the file's text;
/// other files (images, downloads) become documents that are copied to the output unchanged.
/// input/data/ holds data files read by their own stages. Links that lead outside the site are
/// refused (<see cref="IO.SiteBoundary"/>).
/// </summary>
public sealed class ReadContent : IStage
{
    public const string DataFolder = "data";

    /// <returns><paramref name="documents"/> (the theme's assets), then every file of the content folder.</returns>
    public IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, BuildContext context)
    {
        var input = context.InputFolder;
        if (!Directory.Exists(input))
        {
            context.Diagnostics.Error(SourcePosition.StartOf(context.Relative(input)), ErrorCodes.Io, $"the input folder {input} does not exist");
            return documents;
        }
        var files = context.Boundary.Files(input, escape => LinkRefusal.Report(context, escape), relative => relative == DataFolder || IsHidden(relative))
            .Select(path => (Path: path, Relative: Path.GetRelativePath(input, path).Replace(Path.DirectorySeparatorChar, '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        var read = new Document?[files.Count];
        var prefix = context.Relative(input);
        Parallel.For(0, files.Count, i =>
        {
            var (path, relative) = files[i];
            var info = new FileInfo(path);
            // In a preview session an unchanged file (same size and time) is not read again.
            read[i] = context.Cached(nameof(ReadContent), () => $"{path}|{info.Length}|{info.LastWriteTimeUtc.Ticks}",
                diagnostics => Read(path, $"{prefix}/{relative}", relative, context.Cache is not null, diagnostics));
        });
        return documents.Concat(read.Where(d => d is not null)).ToList()!;
    }

    /// <param name="fingerprint">Whether to record the text's fingerprint, which only a preview session's cache reads.</param>
    private static Document? Read(string path, string source, string relative, bool fingerprint, DiagnosticBag diagnostics)
    {
        var kind = ContentKinds.Of(relative);
        if (kind is null)
            return Document.Create(source) with { Destination = relative, Metadata = Metadata.Empty.With(Keys.Kind, "file").With(Keys.CopyFrom, path) };

        var (status, text, error) = TextFile.Read(path);
        var at = SourcePosition.StartOf(source);
        if (status != TextFile.Status.Ok)
        {
            diagnostics.Error(at, TextFile.CodeOf(status), status switch
            {
                TextFile.Status.Empty => "the file is empty; write the page or delete the file",
                TextFile.Status.Binary => $"the file is not UTF-8 text ({error}); save it as UTF-8",
                TextFile.Status.TooLarge => $"the file is too large: {error}; split it into several pages",
                _ => $"cannot read the file: {error}",
            });
            return null;
        }
        var document = Document.Create(source, text!).With(Keys.Kind, kind).With(Keys.InputPath, relative);
        return fingerprint ? document.With(Keys.SourceHash, ContentHash.Of(text!)) : document;
    }

    // Editor swap files, .DS_Store and the like are never content.
    private static bool IsHidden(string relative)
    {
        var name = relative[(relative.LastIndexOf('/') + 1)..];
        return name.StartsWith('.') || name.EndsWith('~');
    }
}
