using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Editions;

/// <summary>What the e-book is made of: the site's own views of its published pages, in the book's order.</summary>
/// <param name="Topics">The series, in reading order.</param>
/// <param name="Terms">The glossary, from A to Z.</param>
/// <param name="Sources">The sources, in the bibliography's order.</param>
/// <param name="Stylesheet">The book's stylesheet (theme/ebook.css), or null.</param>
public sealed record BookMaterial(
    BookTitle Title,
    IReadOnlyList<TopicPageView> Topics,
    IReadOnlyList<TermPageView> Terms,
    IReadOnlyList<SourcePageView> Sources,
    ThemeData Theme,
    string? Stylesheet);

/// <summary>The book's metadata and title page: the site's title, description, author, licence, language, date and address.</summary>
/// <param name="OnlineUrl">The site's home page online, when its Host is known.</param>
public sealed record BookTitle(string Title, string? Description, string? Author, string? License, string Language, DateOnly Date, string? OnlineUrl);
