using Explainer.Markdown;
using Explainer.Model;
using Explainer.Tests.Support;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
namespace Explainer.Tests.Scratch;
public sealed class ScratchTests(ITestOutputHelper log)
{
    [Fact]
    public void Dump()
    {
        var doc = PageMarkdown.Parse("Huawei entered Ethiopia in 2000 and the equipment [@alpha, ¶1]. Then more.", (_, _, _) => { })!;
        void Show(string when) { var p = (ParagraphBlock)doc[0]; var s = new System.Text.StringBuilder(when + ": "); for (var c = p.Inline!.FirstChild; c is not null; c = c.NextSibling) s.Append($"[{c.GetType().Name}:{(c as LiteralInline)?.Content}]"); s.Append($" last={p.Inline.LastChild?.GetType().Name}"); log.WriteLine(s.ToString()); }
        Show("parsed");
        new GlossaryLinker(SpecFixture.Glossary).Link(doc, new HashSet<string>(), null);
        Show("glossary");
        var countries = new CountryCatalog([new Country("ET", "231", "Ethiopia", "ethiopia", ["Ethiopia"])]);
        CountryMentions.In(doc, countries);
        Show("mentions");
        new MentionLinker<LinkInline>(countries.Matcher, (m, l) => { var x = new LinkInline("/c/", "") { IsClosed = true }; x.AppendChild(new LiteralInline(l)); return x; }).Link(doc, new HashSet<string>());
        Show("countries");
    }
}
