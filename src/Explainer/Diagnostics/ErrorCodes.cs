namespace Explainer.Diagnostics;

/// <summary>
/// Every diagnostic code the generator reports. The README's error table lists exactly
/// these (a test keeps the two in step). Codes are grouped by hundreds:
/// 1xx settings, 2xx frontmatter and files, 3xx citations, 4xx glossary, 5xx links and URLs,
/// 6xx theme, 7xx HTML safety, 8xx sources and data, 9xx build environment.
/// </summary>
public static class ErrorCodes
{
    public static readonly ErrorCode SettingsSyntax = new("EXP101", "statiq.json is not valid JSON", "Fix the JSON syntax at the position shown (commas, quotes, braces).");
    public static readonly ErrorCode SettingsUnknownKey = new("EXP102", "statiq.json has a key the generator does not know", "Use the suggested key name, or remove the key; README lists every setting.");
    public static readonly ErrorCode SettingsWrongType = new("EXP103", "a setting has the wrong type or an invalid value", "Give the value the type README documents (text, true/false, a path starting with /).");

    public static readonly ErrorCode YamlSyntax = new("EXP201", "frontmatter is not valid YAML", "Fix the YAML at the position shown; quote text that contains ': ' or starts with a special character.");
    public static readonly ErrorCode FrontmatterNotClosed = new("EXP202", "frontmatter is opened with --- but never closed", "Add a line holding only --- after the last frontmatter key.");
    public static readonly ErrorCode UnknownKey = new("EXP203", "frontmatter has a key this kind of page does not use", "Use the suggested key name, or remove the key; README lists the keys of every kind.");
    public static readonly ErrorCode WrongType = new("EXP204", "a frontmatter value has the wrong type", "Give the value the documented type (text, number, true/false, list).");
    public static readonly ErrorCode InvalidDate = new("EXP205", "a date is not a real date in YYYY-MM-DD form", "Write the date as YYYY-MM-DD (sources may also use YYYY or YYYY-MM).");
    public static readonly ErrorCode MissingKey = new("EXP206", "a required frontmatter key is missing", "Add the key named in the message.");
    public static readonly ErrorCode EmptyFile = new("EXP207", "a content file is empty", "Write the page, or delete the file.");
    public static readonly ErrorCode BinaryFile = new("EXP208", "a content file is not UTF-8 text", "Save the file as UTF-8 text; images and other binaries belong in theme/assets.");
    public static readonly ErrorCode InvalidValue = new("EXP209", "a frontmatter value is outside what is allowed", "Use one of the values the message lists.");
    public static readonly ErrorCode UnknownReference = new("EXP210", "frontmatter names a page that does not exist", "Use the slug of an existing file (the suggested one, or create it).");
    public static readonly ErrorCode TooDeep = new("EXP211", "Markdown nests too deeply to render", "Flatten the nesting of quotes, lists, links or emphasis; real documents never need hundreds of levels.");
    public static readonly ErrorCode LinkOutsideSite = new("EXP212", "a file or folder of the site is a symbolic link to a place outside the site", "Copy the file into the site, or remove the link; links that stay inside the site folder keep working.");
    public static readonly ErrorCode TooLarge = new("EXP213", "a file or a YAML block goes beyond the input limits (size, aliases, nesting)", "Split the file or simplify the YAML; README lists the limits (16 MiB a file, 1 MiB of YAML, 10,000 values counting aliases, 64 levels).");
    public static readonly ErrorCode Placeholder = new("EXP214", "a page that is no longer a draft still holds the placeholder text new wrote", "Write your own text in its place, or keep the page a draft (draft: true) until it is ready.");
    public static readonly ErrorCode LoneTag = new("EXP215", "a tag only one page has is a letter or two from a tag other pages share (a warning)", "Use the suggested tag, or keep yours if it is a new tag on purpose.");

    public static readonly ErrorCode UnknownSource = new("EXP301", "a citation names a source id that does not exist", "Use the id of a file in input/sources/ (its name without .md).");
    public static readonly ErrorCode UnknownParagraph = new("EXP302", "a citation points at a paragraph the source does not have", "Check the paragraph number on the source's page (the number in the margin).");
    public static readonly ErrorCode MalformedCitation = new("EXP303", "text that starts like a citation is not valid citation syntax", "Write citations as [@id], [@id, ¶N] or [@a, ¶1; @b, ¶2]; escape a literal [@ as \\[@.");
    public static readonly ErrorCode QuotationNotFound = new("EXP304", "a quotation is not word for word in the paragraphs its sentence cites", "Quote the cited paragraph exactly (… for words left out, [brackets] for your own), cite the paragraph it comes from, or write a quotation from elsewhere as <q cite=\"...\">...</q>.");
    public static readonly ErrorCode FigureNotFound = new("EXP305", "a figure is not in the paragraphs its sentence cites", "Give the figure the cited paragraph gives, or cite the paragraph that gives it; where sources differ, say so.");
    public static readonly ErrorCode UncitedProse = new("EXP306", "a paragraph of prose cites no source paragraph", "Cite the paragraph each factual sentence rests on: [@id, ¶N]. Headings, lists of links and block quotes are not checked.");

    public static readonly ErrorCode UnknownTerm = new("EXP401", "a [[slug]] link names a glossary term that does not exist", "Use the slug of a file in input/glossary/, or create the term.");
    public static readonly ErrorCode DuplicateAlias = new("EXP402", "two glossary terms claim the same name or alias", "Keep the alias on one term only.");

    public static readonly ErrorCode BrokenLink = new("EXP501", "a link points at a page or file the site does not have", "Write the link the message suggests, or fix the target; internal links are site paths such as /topics/slug/, the page of input/topics/slug.md.");
    public static readonly ErrorCode BrokenAnchor = new("EXP502", "a link points at an #anchor the target page does not have", "Link to an id the target page has (headings get ids from their text).");
    public static readonly ErrorCode DuplicateUrl = new("EXP503", "two pages would be written to the same URL", "Rename one of the files, or change its slug or alias.");
    public static readonly ErrorCode UnsafePath = new("EXP504", "a slug, alias or path would escape the output folder", "Use a plain site path: letters, digits and hyphens, no '..' and no drive or scheme.");

    public static readonly ErrorCode TemplateSyntax = new("EXP601", "a theme template has a syntax error", "Fix the Scriban syntax at the position shown (every if, for and capture needs its end).");
    public static readonly ErrorCode TemplateMissing = new("EXP602", "the theme lacks a layout, a partial or the theme.yml a page needs", "Add the file to theme/, or use a name the theme has (the message suggests the nearest).");
    public static readonly ErrorCode TemplateRender = new("EXP603", "a theme template failed while rendering a page", "Check the variable, function or member the message names (README: Theme lists them); test optional values with if first.");

    public static readonly ErrorCode UnsafeHtml = new("EXP701", "raw HTML in Markdown uses a tag, attribute or URL outside the safe set, or ends inside a tag or comment", "Use Markdown instead, or only the tags and attributes README lists as safe, each tag and comment closed.");

    public static readonly ErrorCode MissingSeed = new("EXP801", "a source names a seed file that does not exist", "Put the document in seeds/ or fix the seed file name.");
    public static readonly ErrorCode StaleCleanupRule = new("EXP802", "a cleanup rule of a source matches nothing in its seed", "Fix the rule's text so it matches the seed exactly, or remove the rule.");
    public static readonly ErrorCode UnknownDiscrepancy = new("EXP803", "a discrepancy shortcode names a discrepancy that does not exist", "Use an id from input/data/discrepancies.yml.");
    public static readonly ErrorCode UnknownShortcode = new("EXP804", "a {{< shortcode >}} the generator does not know", "Use a documented shortcode (README lists them).");
    public static readonly ErrorCode FootnoteArtefact = new("EXP805", "cleaned source text still looks like it holds a glued footnote number", "Turn on footnote-markers or add a replace rule for this text.");
    public static readonly ErrorCode UnknownCountry = new("EXP806", "a country the build does not know by that name or code", "Use the country's English name, its ISO 3166-1 code or an alias; add other names under aliases in input/data/countries.yml.");

    public static readonly ErrorCode Io = new("EXP901", "a file or folder could not be read or written", "Check that the path exists and is readable and writable.");
    public static readonly ErrorCode SearchIndex = new("EXP902", "the search index (Pagefind) could not be built", "Install Node.js and npm, or set SearchIndex to false in statiq.json.");
    public static readonly ErrorCode Usage = new("EXP903", "the command line is not valid", "Run with --help to see the commands and options.");
    public static readonly ErrorCode Internal = new("EXP904", "the generator failed on a file (a bug in the generator, not in the site)", "Report it with the file named; the rest of the site was still checked.");
    public static readonly ErrorCode ForeignOutput = new("EXP905", "the output folder holds files that no build wrote", "Choose an empty or new output folder, or pass --adopt-output to write the site among those files (README: What a build promises).");
    public static readonly ErrorCode CountryData = new("EXP906", "the countries or map dataset (npm world-countries, world-atlas) could not be found", "Install Node.js and npm so the build can run npm install, or set Countries to false in statiq.json.");
    public static readonly ErrorCode FeatureOff = new("EXP907", "content for a feature the settings switch off is left out", "Switch the feature on in statiq.json (the message names the setting), or remove the files.");

    /// <summary>Every code, in order, for documentation and tests.</summary>
    public static IReadOnlyList<ErrorCode> All { get; } = typeof(ErrorCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(ErrorCode))
        .Select(f => (ErrorCode)f.GetValue(null)!)
        .OrderBy(c => c.Id, StringComparer.Ordinal)
        .ToList();
}
