using Explainer.Diagnostics;
using Explainer.Editions;
using Explainer.IO;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Writes one of the downloads (the e-book, the zip) into the staging folder and reads it back for
/// its size and checksum. A file that cannot be written fails the build with the reason, not with
/// an exception: the disk may be full, or the folder not writable.
/// </summary>
public static class StagedDownload
{
    /// <param name="write">Writes the file's bytes into the stream it is given.</param>
    /// <returns>The file as written, or null when it could not be written (reported).</returns>
    public static DownloadFile? Write(string format, string sitePath, string staging, Action<Stream> write, BuildContext context)
    {
        var destination = sitePath.TrimStart('/');
        var path = Path.Combine(staging, destination);
        try
        {
            Folders.Create(Path.GetDirectoryName(path)!);
            using (var output = File.Create(path))
                write(output);
            return DownloadFile.Of(format, sitePath, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(SourcePosition.StartOf("."), ErrorCodes.Io, $"cannot write {destination}: {e.Message}");
            return null;
        }
    }
}
