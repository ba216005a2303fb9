namespace Explainer.IO;

/// <summary>
/// Weighted text inside a record's content, as data-pagefind-weight does for HTML: Pagefind's HTML
/// reader turns that attribute into these markers in the text it indexes, and its indexer reads them
/// in custom records just the same (1.6.0; PagefindServiceTests checks it), ranking matches there
/// higher and leaving the markers out of excerpts.
/// </summary>
public static class PagefindWeight
{
    /// <summary>The weight of a heading Pagefind gives h1 to h6 itself: 7 for h1 down to 2 for h6.</summary>
    public static string OfHeading(int level) => (8 - level).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Opens text of <paramref name="weight"/> (0 to 10; 0 is not indexed) until <see cref="End"/>.</summary>
    public static string Start(string weight) => $" ___PAGEFIND_WEIGHT___{weight} ";

    /// <summary>Opens text of a weight Pagefind gives by itself (a heading's): it yields to any explicit weight around it.</summary>
    public static string StartAuto(string weight) => $" ___PAGEFIND_AUTO_WEIGHT___{weight} ";

    public const string End = " ___END_PAGEFIND_WEIGHT___ ";
}
