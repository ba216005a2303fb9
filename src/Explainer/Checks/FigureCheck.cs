namespace Explainer.Checks;

/// <summary>Checks one figure of a sentence against the numbers of the paragraphs the sentence cites.</summary>
internal static class FigureCheck
{
    private const int MaxListed = 8;

    /// <summary>Null when a cited paragraph gives the figure, in digits or in words; otherwise a warning naming what they do give.</summary>
    public static Finding? Check(Figure figure, IReadOnlyList<CitedText> cited, Func<CitedText, List<Figure>> figuresOf)
    {
        var given = cited.SelectMany(figuresOf).ToList();
        if (given.Any(figure.IsGivenBy)) return null;
        var listed = given.Where(f => f.Counts && f.Kind == figure.Kind).Select(f => f.Written).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var what = figure.Kind is FigureKind.Date ? "dates" : "figures";
        var give = listed.Count switch
        {
            0 => $"which give no {what}",
            <= MaxListed => "which give " + string.Join(", ", listed),
            _ => "which give " + string.Join(", ", listed.Take(MaxListed)) + ", …",
        };
        return new Finding(FindingKind.FigureNotFound, figure.Start, figure.End - figure.Start,
            $"figure “{figure.Written}” is not in the cited paragraphs ({Labels.Of(cited)}), {give}");
    }
}
