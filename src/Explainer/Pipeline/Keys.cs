using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Html;
using Explainer.IO;
using Explainer.Markdown;
using Explainer.Model;
using Explainer.Theme.Views;

namespace Explainer.Pipeline;

/// <summary>
/// Every metadata key the stages set or read, with the type of its value, in one place. What
/// editors wrote is one typed record (<see cref="Matter"/>); everything else here is computed.
/// </summary>
public static class Keys
{
    /// <summary>The page's frontmatter as its editor wrote it, validated and typed by kind.</summary>
    public static readonly Key<FrontMatter> Matter = new("Matter");

    /// <summary>topic, term, source, page; for the generator's own documents index, redirect, site-file or file.</summary>
    public static readonly Key<string> Kind = new("Kind");
    /// <summary>The page's site path under the link root, e.g. "/topics/a/".</summary>
    public static readonly Key<string> Url = new("Url");
    /// <summary>The slug that decided the URL: frontmatter's <c>slug</c>, else the file name.</summary>
    public static readonly Key<string> Slug = new("Slug");
    /// <summary>The layout the page is rendered with: frontmatter's <c>layout</c>, else its kind's.</summary>
    public static readonly Key<string> Layout = new("Layout");
    /// <summary>Where frontmatter names the layout, to report an unknown layout there.</summary>
    public static readonly Key<SourcePosition> LayoutAt = new("LayoutAt");
    /// <summary>Where a slug or alias that decided a URL is written, to report a URL collision there.</summary>
    public static readonly Key<SourcePosition> UrlChosenAt = new("UrlChosenAt");

    /// <summary>The content file's path inside the input folder ("topics/a.md"), which decides its URL.</summary>
    public static readonly Key<string> InputPath = new("InputPath");
    /// <summary>A fingerprint of the content file's whole text, part of the cache keys of the steps that read it.</summary>
    public static readonly Key<string> SourceHash = new("SourceHash");
    /// <summary>The frontmatter as written, with the line it starts on (preview sessions only: a quick rebuild compares it).</summary>
    public static readonly Key<string> Frontmatter = new("Frontmatter");
    /// <summary>The Markdown body without frontmatter.</summary>
    public static readonly Key<string> Body = new("Body");
    /// <summary>The 1-based line of the file where the body starts, to map Markdown positions back to the file.</summary>
    public static readonly Key<int> BodyLine = new("BodyLine");

    /// <summary>The rendered HTML of the body, before the layout wraps it.</summary>
    public static readonly Key<Utf8Text> Html = new("Html");
    /// <summary>Headings of the body for a table of contents.</summary>
    public static readonly Key<IReadOnlyList<TocEntry>> Toc = new("Toc");
    /// <summary>The page's citations, in reference-number order.</summary>
    public static readonly Key<IReadOnlyList<Reference>> References = new("References");
    /// <summary>Where the editors' text of the body ends; after it the build wrote the rest (a country page's statements), which is not reviewed.</summary>
    public static readonly Key<int> EditorsUntil = new("EditorsUntil");
    /// <summary>What the editorial checks found on the page, and how much they checked.</summary>
    public static readonly Key<EditorialReview> Review = new("Review");
    /// <summary>Facts other pages need (<see cref="PageFacts"/>).</summary>
    public static readonly Key<PageFacts> Facts = new("Facts");
    /// <summary>A source page's cleaned text, block by block, with glossary terms linked.</summary>
    public static readonly Key<IReadOnlyList<SourceParagraphView>> SourceText = new("SourceText");
    /// <summary>For redirect pages made from aliases: the site path they send readers to.</summary>
    public static readonly Key<string> Target = new("Target");

    /// <summary>Everything the page's layout shows, as its kind's view (see README, Theme).</summary>
    public static readonly Key<PageView> View = new("View");
    /// <summary>The finished file as the layout rendered it, to scan and write.</summary>
    public static readonly Key<Utf8Text> Rendered = new("Rendered");
    /// <summary>Set on HTML pages; other files (feed, sitemap, assets) skip the link scan.</summary>
    public static readonly Key<bool> IsHtml = new("IsHtml");
    /// <summary>Hrefs and ids found in the written HTML, for the link check.</summary>
    public static readonly Key<LinkReport> LinkReport = new("LinkReport");
    /// <summary>For files copied unchanged (theme assets, images under input/): the absolute path to copy.</summary>
    public static readonly Key<string> CopyFrom = new("CopyFrom");

    /// <summary>
    /// Set on a page that could not be made (its frontmatter or layout is broken, already reported):
    /// it keeps its URL, so links to it are not reported as broken too, but nothing is written.
    /// </summary>
    public static readonly Key<bool> Failed = new("Failed");
    /// <summary>Set on a page marked <c>draft: true</c>, and kept to the end: see <see cref="Document.IsDraft"/>.</summary>
    public static readonly Key<bool> Draft = new("Draft");
    /// <summary>Set on a draft when the build leaves drafts out: it only tells links to it why it is missing.</summary>
    public static readonly Key<bool> LeftOut = new("LeftOut");
    /// <summary>Set by an incremental build on a page whose content changed and must be written.</summary>
    public static readonly Key<bool> PendingWrite = new("PendingWrite");
}
