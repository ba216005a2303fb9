namespace Explainer.Markdown;

/// <summary>
/// Which URLs a page may hold: http(s) and mailto links, site paths and fragments. Images and
/// other embedded resources must come from the site itself, so no reader's visit is announced
/// to another host.
/// </summary>
public static class SiteUrlPolicy
{
    /// <param name="embedded">The URL is fetched by the browser on its own (an image), not followed by the reader.</param>
    public static bool IsSafe(string value, bool embedded)
    {
        // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"), so do we.
        var compact = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':');
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        // "//host", "\\host" and "/\host" all name another host in a browser.
        if (compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith(@"\\", StringComparison.Ordinal) || compact.StartsWith("/\\", StringComparison.Ordinal))
            return false;
        if (!hasScheme) return true;
        if (embedded) return false;
        return SafeHtmlPolicy.Schemes.Contains(compact[..colon]);
    }
}
