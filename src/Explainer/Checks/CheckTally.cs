namespace Explainer.Checks;

/// <summary>What was checked, for coverage reports: quotations and figures seen, and how many the sources bore out.</summary>
public sealed record CheckTally(int Quotations, int QuotationsVerified, int Figures, int FiguresMatched)
{
    public static CheckTally None { get; } = new(0, 0, 0, 0);

    public static CheckTally operator +(CheckTally a, CheckTally b) => new(
        a.Quotations + b.Quotations, a.QuotationsVerified + b.QuotationsVerified, a.Figures + b.Figures, a.FiguresMatched + b.FiguresMatched);
}
