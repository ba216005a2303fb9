namespace Explainer.Model;

/// <summary>A source document: its citation metadata and its cleaned text, paragraph by paragraph.</summary>
public sealed record Source(SourceCitation Citation, IReadOnlyList<SourceBlock> Blocks)
{
    public string Id => Citation.Id;

    public string Url => $"/sources/{Id}/";

    public IEnumerable<SourceBlock> Paragraphs => Blocks.Where(b => !b.IsHeading);

    public int ParagraphCount => Blocks.Count(b => !b.IsHeading);

    /// <summary>The paragraph with this number, or null when the source has no such paragraph.</summary>
    public SourceBlock? Paragraph(int number) => Blocks.FirstOrDefault(b => b.Number == number);
}
