using Explainer.Diagnostics;

namespace Explainer.Content;

/// <summary>
/// Reports the text <c>new</c> wrote (<see cref="Placeholders"/>) left in a page that is no longer
/// a draft, where it is: in the description or definition, or on its line of the body. Drafts may
/// keep it while they are being written.
/// </summary>
public static class PlaceholderCheck
{
    public static void Report(string file, FrontMatter matter, string body, int bodyLine, DiagnosticBag diagnostics)
    {
        if (matter.Draft) return;
        if (matter.Description is { } description && Placeholders.All.Contains(description.Trim()))
            diagnostics.Error(matter.At("description", file), ErrorCodes.Placeholder, Message("'description'"));
        if (matter is TermMatter term && Placeholders.All.Contains(term.Short.Trim()))
            diagnostics.Error(matter.At("short", file), ErrorCodes.Placeholder, Message("'short'"));
        // Most bodies hold none: they are searched whole, and split into lines only to place what is found.
        if (!HoldsAny(body)) return;
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var placeholder = Placeholders.All.FirstOrDefault(p => lines[i].Contains(p, StringComparison.Ordinal));
            if (placeholder is null) continue;
            var column = lines[i].IndexOf(placeholder, StringComparison.Ordinal) + 1;
            diagnostics.Error(new SourcePosition(file, bodyLine + i, column), ErrorCodes.Placeholder, Message("the body"));
        }
    }

    private static bool HoldsAny(string body)
    {
        foreach (var placeholder in Placeholders.All)
            if (body.Contains(placeholder, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string Message(string where) =>
        $"{where} still holds the placeholder text 'new' wrote, and the page is no longer a draft; write your own text, or put back 'draft: true' until it is ready";
}
