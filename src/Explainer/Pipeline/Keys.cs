namespace Explainer.Pipeline;

/// <summary>
/// Every metadata key the generator sets or reads, in one place. Frontmatter keys are the
/// lowercase names editors write; computed keys are PascalCase, as in Statiq. Metadata is
/// case-insensitive, so templates may write either.
/// </summary>
public static class Keys
{
    // Frontmatter, as written by editors.
    public const string Title = "title";
    public const string Description = "description";
    public const string Date = "date";
    public const string Updated = "updated";
    public const string Draft = "draft";
    public const string Tags = "tags";
    public const string Aliases = "aliases";
    public const string Order = "order";
    public const string Countries = "countries";
    public const string Related = "related";
    public const string Slug = "slug";
    public const string Layout = "layout";
    public const string Term = "term";
    public const string Short = "short";
    public const string Seed = "seed";

    // Computed by stages.
    /// <summary>topic, term, source, page, or a generated kind such as glossary-index.</summary>
    public const string Kind = "Kind";
    /// <summary>
    /// The page's site path under the link root, e.g. "/topics/a/" (Hugo's name). Not "Url":
    /// metadata ignores case and a source's CSL frontmatter has its own "URL".
    /// </summary>
    public const string Url = "Permalink";
    /// <summary>The content file's path inside the input folder ("topics/a.md"), which decides its URL.</summary>
    public const string InputPath = "InputPath";
    /// <summary>A fingerprint of the content file's whole text, part of the cache keys of the steps that read it.</summary>
    public const string SourceHash = "SourceHash";
    /// <summary>The Markdown body without frontmatter.</summary>
    public const string Body = "Body";
    /// <summary>The 1-based line of the file where the body starts, to map Markdown positions back to the file.</summary>
    public const string BodyLine = "BodyLine";
    /// <summary>Where each frontmatter value sits in the file (<see cref="Explainer.Diagnostics.SourcePosition"/> by key path).</summary>
    public const string Positions = "Positions";
    /// <summary>The rendered HTML of the body (<see cref="IO.Utf8Text"/>), before the layout wraps it.</summary>
    public const string Html = "Html";
    /// <summary>The finished file as the layout rendered it (<see cref="IO.Utf8Text"/>), to scan and write.</summary>
    public const string Rendered = "Rendered";
    /// <summary>Headings of the body for a table of contents.</summary>
    public const string Toc = "Toc";
    /// <summary>The page's reference list, in citation-number order.</summary>
    public const string References = "References";
    /// <summary>Glossary terms the page links to, in order of first mention.</summary>
    public const string TermsOnPage = "TermsOnPage";
    /// <summary>Discrepancy notes shown on the page.</summary>
    public const string DiscrepanciesOnPage = "DiscrepanciesOnPage";

    // Views for templates, set by the Compose stages (records from Theme/Views).
    public const string ReferenceList = "ReferenceList";
    public const string Previous = "Previous";
    public const string Next = "Next";
    public const string Position = "Position";
    public const string SeriesLength = "SeriesLength";
    public const string RelatedTopics = "RelatedTopics";
    public const string RelatedTerms = "RelatedTerms";
    public const string TagLinks = "TagLinks";
    public const string MentionedIn = "MentionedIn";
    public const string Citation = "Citation";
    public const string CitedBy = "CitedBy";
    public const string Discrepancies = "Discrepancies";
    public const string Breadcrumbs = "Breadcrumbs";
    public const string Topics = "Topics";
    public const string Letters = "Letters";
    public const string Sources = "Sources";
    public const string TagList = "TagList";
    public const string Site = "Site";
    public const string Feed = "Feed";
    /// <summary>The page's absolute URL, when the site's Host is known.</summary>
    public const string Canonical = "Canonical";
    /// <summary>"article" or "website", for Open Graph.</summary>
    public const string SocialType = "SocialType";
    /// <summary>schema.org JSON-LD for the page, already serialised safely for a script element.</summary>
    public const string JsonLd = "JsonLd";
    /// <summary>Highwire citation_* meta tags of a source page.</summary>
    public const string Highwire = "Highwire";
    /// <summary>The page's "cite this" block (<see cref="Explainer.Theme.Views.CiteView"/>).</summary>
    public const string CiteThis = "CiteThis";
    public const string Pages = "Pages";
    public const string Content = "Content";
    /// <summary>Hrefs and ids found in the written HTML, for the link check.</summary>
    public const string LinkReport = "LinkReport";
    /// <summary>Set on documents whose content is not HTML (feed, sitemap, assets): they skip the link scan.</summary>
    public const string IsHtml = "IsHtml";
    /// <summary>For files copied unchanged (theme assets, images under input/): the absolute path to copy.</summary>
    public const string CopyFrom = "CopyFrom";
    /// <summary>For redirect pages made from aliases: the site path they send readers to.</summary>
    public const string Target = "Target";
    /// <summary>A source page's cleaned text, block by block.</summary>
    public const string SourceText = "SourceText";
    /// <summary>
    /// Set on a page that could not be made (its frontmatter or layout is broken, already reported):
    /// it keeps its URL, so links to it are not reported as broken too, but nothing is written.
    /// </summary>
    public const string Failed = "Failed";
    /// <summary>Set on a draft when the build leaves drafts out: it only tells links to it why it is missing.</summary>
    public const string LeftOut = "LeftOut";
    /// <summary>Where a slug or alias that decided a URL is written, to report a URL collision there.</summary>
    public const string UrlChosenAt = "UrlChosenAt";
    /// <summary>Where a page's frontmatter names its layout, to report an unknown layout there.</summary>
    public const string LayoutAt = "LayoutAt";
    /// <summary>Set by an incremental build on a page whose content changed and must be written.</summary>
    public const string PendingWrite = "PendingWrite";
    /// <summary>Facts other pages need (<see cref="Explainer.Model.PageFacts"/>).</summary>
    public const string Facts = "Facts";
}
