namespace Explainer.Model;

/// <summary>The drafts a build leaves out, by site path, so that a link or reference to one can say why it is missing.</summary>
public sealed class DraftRegistry(IReadOnlyDictionary<string, string> kindsByUrl)
{
    public static readonly DraftRegistry None = new(new Dictionary<string, string>());

    /// <summary>Whether the page at <paramref name="sitePath"/> is a draft left out of this build.</summary>
    public bool IsLeftOut(string sitePath) => kindsByUrl.ContainsKey(sitePath);

    public int Count => kindsByUrl.Count;
}
