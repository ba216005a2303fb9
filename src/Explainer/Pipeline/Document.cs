using Explainer.Content;

namespace Explainer.Pipeline;

/// <summary>
/// One immutable item flowing through the pipeline, as in Statiq: where it came from,
/// where it will be written, its metadata and its current content. Stages return changed copies.
/// </summary>
/// <param name="Source">The input file relative to the site root ("input/topics/a.md"), or a
/// descriptive name for generated documents ("(generated) sitemap").</param>
/// <param name="Destination">The output path relative to the output folder ("topics/a/index.html"),
/// empty while it is not yet known.</param>
public sealed record Document(string Source, string Destination, Metadata Metadata, string Content)
{
    public static Document Create(string source, string content = "") => new(source, "", Metadata.Empty, content);

    public Document With<T>(Key<T> key, T? value) => this with { Metadata = Metadata.With(key, value) };

    public T? Get<T>(Key<T> key) => Metadata.Get(key);

    /// <summary>What the editor wrote, or null for files and the generator's own documents without frontmatter.</summary>
    public FrontMatter? Matter => Metadata.Get(Keys.Matter);

    /// <summary>The kind of page (topic, term, source, page, index...) the document is.</summary>
    public string Kind => Metadata.Get(Keys.Kind) ?? "";

    /// <summary>Whether the page could not be made; see <see cref="Keys.Failed"/>.</summary>
    public bool Failed => Metadata.Get(Keys.Failed);

    /// <summary>The page's URL path relative to the link root, e.g. "/topics/a/".</summary>
    public string Url => Metadata.Get(Keys.Url) ?? "";

    /// <summary>The slug that decided the URL, or empty.</summary>
    public string Slug => Metadata.Get(Keys.Slug) ?? "";

    /// <summary>
    /// Whether the page is marked <c>draft: true</c>. A draft a build includes (preview, --drafts) shows
    /// a draft banner and stays out of the feed, the sitemap and the search index.
    /// </summary>
    public bool IsDraft => Metadata.Get(Keys.Draft);

    /// <summary>The page's title: frontmatter's, or empty.</summary>
    public string Title => Matter?.Title ?? "";
}
