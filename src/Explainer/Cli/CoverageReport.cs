using Explainer.Checks;
using Explainer.Diagnostics;
using Explainer.Pipeline;

namespace Explainer.Cli;

/// <summary>
/// What <c>check</c> prints about the editorial checks: per page and in total, the share of
/// prose paragraphs that cite a source, of quotations found word for word, of figures the cited
/// paragraphs give; then what could not be verified, one <c>path:line:column</c> a line, so an
/// editor can work down the list.
/// </summary>
public static class CoverageReport
{
    public static void Write(BuildResult result, TextWriter output)
    {
        if (result.Coverage.Count == 0) return;
        var paragraphs = result.Coverage.Sum(c => c.Review.Paragraphs);
        var cited = result.Coverage.Sum(c => c.Review.CitedParagraphs);
        var tally = result.Coverage.Aggregate(CheckTally.None, (sum, c) => sum + c.Review.Tally);
        output.WriteLine($"Editorial checks: {Share(cited, paragraphs)} prose paragraphs cited, {Share(tally.QuotationsVerified, tally.Quotations)} quotations verified, {Share(tally.FiguresMatched, tally.Figures)} figures matched.");
        var width = result.Coverage.Max(c => c.File.Length);
        output.WriteLine($"  {"page".PadRight(width)}  paragraphs cited  quotations  figures");
        foreach (var (file, review) in result.Coverage)
            output.WriteLine($"  {file.PadRight(width)}  {Fraction(review.CitedParagraphs, review.Paragraphs),16}  {Fraction(review.Tally.QuotationsVerified, review.Tally.Quotations),10}  {Fraction(review.Tally.FiguresMatched, review.Tally.Figures),7}");
        var unverified = result.Diagnostics.Where(d => d.Code == ErrorCodes.QuotationNotFound || d.Code == ErrorCodes.FigureNotFound || d.Code == ErrorCodes.UncitedProse).ToList();
        output.WriteLine(unverified.Count == 0 ? "Nothing left to verify." : $"Not verified ({unverified.Count}):");
        foreach (var diagnostic in unverified) output.WriteLine($"  {diagnostic.Path}:{diagnostic.Line}:{diagnostic.Column}: {diagnostic.Code.Meaning}");
    }

    private static string Share(int part, int whole) => whole == 0 ? "0 of 0" : $"{part} of {whole} ({100.0 * part / whole:0.#} %)";

    private static string Fraction(int part, int whole) => $"{part}/{whole}";
}
