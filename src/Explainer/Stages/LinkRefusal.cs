using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>The one message for a symbolic link that leads outside the site, wherever the build meets it.</summary>
public static class LinkRefusal
{
    public static void Report(BuildContext context, SiteBoundary.Escape escape, DiagnosticBag? diagnostics = null) =>
        (diagnostics ?? context.Diagnostics).Error(SourcePosition.StartOf(context.Relative(escape.Path)), ErrorCodes.LinkOutsideSite,
            $"this {(escape.IsFolder ? "folder" : "file")} is a symbolic link to {escape.Target}, outside the site, and is not read; copy what you need into the site, or remove the link");

    /// <summary>Reports <paramref name="path"/> and returns false when it leads outside the site.</summary>
    public static bool IsInside(BuildContext context, string path, DiagnosticBag? diagnostics = null)
    {
        if (context.Boundary.Outside(path) is not { } target) return true;
        Report(context, new SiteBoundary.Escape(path, target, Directory.Exists(path)), diagnostics);
        return false;
    }
}
