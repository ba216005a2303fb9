namespace Explainer.Checks;

/// <summary>Whether a figure is a date (a year, a month and year, a day and month) or any other quantity.</summary>
internal enum FigureKind
{
    Quantity,
    Date,
}

/// <summary>A number as written ("36", "$126 million", "thirty-six", "22nd", "April 2017") and what it stands for.</summary>
/// <param name="Value">The number, scaled ("$126 million" is 126,000,000); a date's year; null for a date without a year.</param>
/// <param name="Unscaled">The number before its scale word ("126" of "126 million"), so an editor may cite the bare number.</param>
/// <param name="Counts">Whether the number counts as a figure to check by <see cref="FigureRules"/>; a source's numbers are all matched against, counted or not.</param>
internal sealed record Figure(int Start, int End, string Written, FigureKind Kind, decimal? Value, decimal? Unscaled, int? Month, int? Day, bool Counts)
{
    /// <summary>
    /// Whether a source's number gives this figure: the same value, in digits or words, ordinal or cardinal, with or
    /// without its unit; for a date, also the same month and day where the figure names them.
    /// </summary>
    public bool IsGivenBy(Figure source) =>
        (Value is null || Value == source.Value || Value == source.Unscaled)
        && (Month is null || Month == source.Month)
        && (Day is null || Day == source.Day);
}
