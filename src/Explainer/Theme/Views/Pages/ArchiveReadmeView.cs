namespace Explainer.Theme.Views;

/// <summary>The README.txt inside the zip of the whole site: how to open the copy, check it and mirror it.</summary>
public sealed record ArchiveReadmeView : PageView
{
    /// <summary>The zip's file name, e.g. exported-surveillance.zip.</summary>
    public required string Archive { get; init; }
    /// <summary>The date of the edition (the newest date of the content).</summary>
    public required DateOnly Edition { get; init; }
    /// <summary>The e-book's path inside the copy ("download/NAME.epub"), or empty when there is none.</summary>
    public string Book { get; init; } = "";
    /// <summary>The download page's address online, where the zip's checksum is published; empty without a Host.</summary>
    public string OnlineUrl { get; init; } = "";
}
