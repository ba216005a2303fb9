using Explainer.Bench;
using Explainer.IO;

namespace Explainer.Tests.Bench;

/// <summary>The index benchmark reads the records of a built site's searchable pages, and no others.</summary>
public sealed class SearchablePageTests : IDisposable
{
    private readonly string _site = Directory.CreateTempSubdirectory("searchable-").FullName;

    [Fact]
    public void Only_pages_with_a_pagefind_body_become_records_of_their_main_text_title_and_kind()
    {
        Write("topics/a/index.html", """
            <html lang="en"><body><header>Site menu</header>
            <article data-pagefind-body data-pagefind-filter="kind:Topic"><nav>Home Topics</nav>
            <p class="eyebrow" data-pagefind-ignore>Part 1 of 3</p><h1 data-pagefind-weight="10">Exported cameras</h1>
            <div class="prose"><p>Sold <em>abroad</em><br>twice</p><h2 id="x">Limits</h2><ul><li>One</li></ul></div>
            <footer>Cite this page</footer></article></body></html>
            """);
        Write("404.html", "<html><body><h1>Not found</h1></body></html>");
        Write("pagefind/playground/index.html", "<html><body data-pagefind-body>Pagefind's own</body></html>");

        var page = Assert.Single(SearchablePage.ReadAll(_site));

        Assert.Equal("/topics/a/", page.Record.Url);
        Assert.Equal("Exported cameras", page.Record.Meta["title"]);
        Assert.Equal(["Topic"], page.Record.Filters["kind"]);
        var (h1, h2) = (PagefindWeight.Start("10").Trim(), PagefindWeight.StartAuto("6").Trim());
        var end = PagefindWeight.End.Trim();
        Assert.Equal($"{h1} Exported cameras. {end} Sold abroad twice. {h2} Limits. {end} One.", page.Record.Content);
    }

    private void Write(string path, string html)
    {
        var file = Path.Combine(_site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, html);
    }

    public void Dispose() => Directory.Delete(_site, recursive: true);
}
