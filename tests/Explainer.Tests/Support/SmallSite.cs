namespace Explainer.Tests.Support;

/// <summary><see cref="Trees.Small"/> with one more file, for tests that add a single mistake to a good site.</summary>
public static class SmallSite
{
    public static string With(string path, string content) => Trees.Small + $"\n-- {path} --\n{content}";

    /// <summary>Trees.Small with <paramref name="find"/> replaced; fails if the text is not there, so an edit of Trees.Small cannot silently void a test.</summary>
    public static string Replacing(string find, string replacement)
    {
        Assert.True(Trees.Small.Contains(find, StringComparison.Ordinal), $"Trees.Small no longer holds '{find}'");
        return Trees.Small.Replace(find, replacement, StringComparison.Ordinal);
    }
}
