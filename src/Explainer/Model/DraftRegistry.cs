namespace Explainer.Model;

/// <summary>The drafts a build leaves out, by site path, so that a link or reference to one can say why it is missing.</summary>
/// <param name="filesByUrl">Each draft's content file ("input/topics/later.md"), by the site path it would have.</param>
public sealed class DraftRegistry(IReadOnlyDictionary<string, string> filesByUrl)
{
    public static readonly DraftRegistry None = new(new Dictionary<string, string>());

    /// <summary>Whether the page at <paramref name="sitePath"/> is a draft left out of this build.</summary>
    public bool IsLeftOut(string sitePath) => filesByUrl.ContainsKey(sitePath);

    /// <summary>The content file of the draft left out at <paramref name="sitePath"/>, or null.</summary>
    public string? FileAt(string sitePath) => filesByUrl.GetValueOrDefault(sitePath);

    public int Count => filesByUrl.Count;
}
