namespace Explainer.Checks;

/// <summary>What kind of problem a finding reports: a quotation not found is an error, a figure not found a warning.</summary>
public enum FindingKind
{
    QuotationNotFound,
    FigureNotFound,
}

/// <summary>A problem at Offset..Offset+Length of the paragraph's text, with the message an editor reads.</summary>
public sealed record Finding(FindingKind Kind, int Offset, int Length, string Message)
{
    /// <summary>Quotations are errors: a reader is told these are the source's own words.</summary>
    public bool IsError => Kind is FindingKind.QuotationNotFound;
}
