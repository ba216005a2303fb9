using Explainer.Diagnostics;
using Explainer.Settings;
using Explainer.Theme;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

public sealed class ThemeTemplatesTests
{
    private static (ThemeTemplates Theme, IReadOnlyList<Diagnostic> Problems) Load(string tree)
    {
        using var site = TestSite.From(tree);
        var diagnostics = new DiagnosticBag();
        var theme = ThemeTemplates.Load(Path.Combine(site.Root, "theme"), Directory.GetFiles(Path.Combine(site.Root, "theme"), "*", SearchOption.AllDirectories), site.Root, new SiteUrls(SiteSettings.Default), diagnostics);
        return (theme, diagnostics.Sorted());
    }

    [Fact]
    public void Values_are_html_escaped_even_in_indented_standalone_partials()
    {
        // Handlebars.Net 2.4.3 skips escaping in indented standalone partials; the loader unindents them.
        var (theme, problems) = Load("""
            -- theme/layouts/page.hbs --
            <main>
              {{> crumb}}
            </main>
            -- theme/partials/crumb.hbs --
            <p title="{{Title}}">{{Title}}</p>
            """);
        Assert.Empty(problems);
        var html = theme.Render("page", new Dictionary<string, object?> { ["Title"] = "<script>\"x\"" }, SourcePosition.StartOf("p"), new DiagnosticBag())?.ToString();
        Assert.Contains("<p title=\"&lt;script&gt;&quot;x&quot;\">&lt;script&gt;&quot;x&quot;</p>", html);
    }

    [Fact]
    public void Syntax_errors_and_missing_partials_are_reported_with_their_file()
    {
        var (_, problems) = Load("""
            -- theme/layouts/page.hbs --
            {{#each Items}}
            <p>{{> nowhere}}</p>
            """);
        Assert.Contains(problems, p => p.ToString().StartsWith("theme/layouts/page.hbs:2:4: EXP602 partial 'nowhere' not found", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "theme/layouts/page.hbs" && p.Code == ErrorCodes.TemplateSyntax);
    }
}
