using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Writes each page into the staging folder as soon as it is finished, then lets go of its
/// content, so memory stays flat however large the site. In a preview session's incremental
/// build nothing is written yet: a page whose content is unchanged is dropped, a changed one is
/// kept for <see cref="Output.IncrementalOutput"/> to write once the whole build has passed.
/// In a preview session every file's fingerprint goes into the build's manifest (a one-off build
/// needs none). Does nothing for <c>check</c>.
/// </summary>
public sealed class WriteFiles : DocumentStage
{
    public override Document? Process(Document document, BuildContext context)
    {
        if (document.Destination.Length == 0 || document.Failed) return document;
        if (!context.Options.WriteOutput) return Released(document); // check: scanned, never written
        var copyFrom = document.Get(Keys.CopyFrom);
        if (context.StagingFolder is not { } staging)
        {
            var fingerprint = copyFrom is null ? OutputFile.ContentOf(document).Fingerprint : CopyFingerprint(copyFrom);
            context.Manifest[document.Destination] = fingerprint;
            var unchanged = context.Cache?.Manifest.GetValueOrDefault(document.Destination) == fingerprint;
            return unchanged ? Released(document) : document.With(Keys.PendingWrite, true);
        }
        var path = Path.GetFullPath(Path.Combine(staging, document.Destination));
        if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            context.Diagnostics.Error(SourcePosition.StartOf(document.Source), ErrorCodes.UnsafePath, $"'{document.Destination}' would be written outside the output folder");
            return null;
        }
        try
        {
            Folders.Create(Path.GetDirectoryName(path)!);
            var remember = context.Cache is not null;
            if (copyFrom is not null)
            {
                OutputFile.Copy(copyFrom, path);
                if (remember) context.Manifest[document.Destination] = CopyFingerprint(copyFrom);
            }
            else
            {
                var page = OutputFile.ContentOf(document);
                OutputFile.WriteNew(path, page.Bytes);
                if (remember) context.Manifest[document.Destination] = page.Fingerprint;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(SourcePosition.StartOf(document.Source), ErrorCodes.Io, $"cannot write {document.Destination}: {e.Message}");
        }
        return Released(document);
    }

    // Written (or not to be written): the page lets go of its bytes, so memory stays flat.
    private static Document Released(Document document) => document with { Content = "", Metadata = document.Metadata.With(Keys.Rendered, null) };

    private static string CopyFingerprint(string path)
    {
        var info = new FileInfo(path);
        return $"copy|{path}|{info.Length}|{info.LastWriteTimeUtc.Ticks}";
    }
}
