using Explainer.Diagnostics;
using Explainer.Settings;
using Explainer.Theme;
using Explainer.Theme.Views;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

public sealed class ThemeTemplatesTests
{
    private static readonly SiteView Site = new("Site", null, null, "en", null, "/", false, false, [], [],
        new Dictionary<string, SectionView>(), [], []);

    private static (ThemeTemplates Theme, IReadOnlyList<Diagnostic> Problems) Load(string tree)
    {
        using var site = TestSite.From(tree);
        var diagnostics = new DiagnosticBag();
        var theme = ThemeTemplates.Load(Path.Combine(site.Root, "theme"), Directory.GetFiles(Path.Combine(site.Root, "theme"), "*", SearchOption.AllDirectories), site.Root, new SiteUrls(SiteSettings.Default), diagnostics);
        return (theme, diagnostics.Sorted());
    }

    [Fact]
    public void Values_are_html_escaped_in_layouts_and_in_indented_partials()
    {
        var (theme, problems) = Load("""
            -- theme/layouts/page.sbn --
            <main>
              {{ include 'crumb' }}
            </main>
            -- theme/partials/crumb.sbn --
            <p title="{{ page.title }}">{{ page.title }}</p>
            """);
        Assert.Empty(problems);
        var html = theme.Render("page", new PageView { Title = "<script>\"x\"" }, Site, SourcePosition.StartOf("p"), new DiagnosticBag())?.ToString();
        Assert.Contains("<p title=\"&lt;script&gt;&quot;x&quot;\">&lt;script&gt;&quot;x&quot;</p>", html);
    }
}
