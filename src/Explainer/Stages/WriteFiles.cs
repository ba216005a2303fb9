using System.Text;
using Explainer.Diagnostics;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Writes each page into the staging folder as soon as it is finished, then lets go of its
/// content, so memory stays flat however large the site. Does nothing for <c>check</c>.
/// </summary>
public sealed class WriteFiles : DocumentStage
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public override Document? Process(Document document, BuildContext context)
    {
        if (context.StagingFolder is not { } staging || document.Destination.Length == 0) return document;
        var path = Path.GetFullPath(Path.Combine(staging, document.Destination));
        if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            context.Diagnostics.Error(SourcePosition.StartOf(document.Source), ErrorCodes.UnsafePath, $"'{document.Destination}' would be written outside the output folder");
            return null;
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (document.GetString(Keys.CopyFrom) is { } from) File.Copy(from, path, overwrite: true);
            else File.WriteAllText(path, document.Content, Utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(SourcePosition.StartOf(document.Source), ErrorCodes.Io, $"cannot write {document.Destination}: {e.Message}");
        }
        return document with { Content = "" };
    }
}
