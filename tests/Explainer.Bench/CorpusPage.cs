using System.Text;

namespace Explainer.Bench;

/// <summary>One page of the corpus, and the glossary and sources of the full flavour; line for line as gen_corpus.py.</summary>
public static partial class Corpus
{
    private sealed record Slot(int Paragraph, string Kind, int Payload);

    private static (string Slug, string Text) RenderPage(int seed, int i, int n, (string Title, string Slug)[] metas)
    {
        var (title, slug) = metas[i];
        var rng = new PythonRandom($"{seed}:body:{i}");
        var lrng = new PythonRandom($"{seed}:links:{n}:{i}");

        var date = $"{rng.RandInt(2019, 2023):D4}-{rng.RandInt(1, 12):D2}-{rng.RandInt(1, 28):D2}";
        var description = Sentence(rng, 10, 16);
        var tags = rng.Sample(CorpusText.TagPool, 3);
        rng.Sample(CorpusText.TermPool, rng.RandInt(2, 4)); // drawn but unused, as in the original

        var paragraphCount = rng.RandInt(6, 10);
        var headingCount = rng.RandInt(2, 3);
        var perParagraph = Math.Max(20, FloorDiv(600 - 110, paragraphCount) - 7);
        var paragraphs = new List<List<string>>();
        for (var p = 0; p < paragraphCount; p++)
        {
            var sentences = new List<string>();
            for (var words = 0; words < perParagraph;)
            {
                var s = Sentence(rng);
                sentences.Add(s);
                words += s.Split(' ').Length;
            }
            paragraphs.Add(sentences);
        }

        var pool = n > 1 ? lrng.Sample(Enumerable.Range(0, n).ToList(), Math.Min(n, 6)).Where(j => j != i).Take(5).ToList() : [];
        var slots = new List<Slot>();
        foreach (var j in pool) slots.Add(new Slot(lrng.RandBelow(paragraphCount), "link", j));
        slots.Add(new Slot(rng.RandBelow(paragraphCount), "em", 0));
        slots.Add(new Slot(rng.RandBelow(paragraphCount), "strong", 0));
        var footnoteParagraphs = paragraphCount >= 3 ? rng.Sample(Enumerable.Range(0, paragraphCount).ToList(), 3).Order().ToList() : [0, 0, 0];
        for (var k = 0; k < 3; k++) slots.Add(new Slot(footnoteParagraphs[k], "fn", k + 1));

        var headAt = rng.Sample(Enumerable.Range(1, paragraphCount - 1).ToList(), headingCount).Order().ToList();
        var listAt = 1 + rng.RandBelow(paragraphCount - 1);
        var quoteAt = 1 + rng.RandBelow(paragraphCount - 1);
        var heads = rng.Sample(CorpusText.Headings, headingCount);

        var body = new List<string>();
        var h = 0;
        for (var p = 0; p < paragraphCount; p++)
        {
            if (headAt.Contains(p)) body.Add($"## {heads[h++]}");
            body.Add(Decorate(p, paragraphs[p], slots, metas, rng));
            if (p == listAt)
            {
                var items = rng.RandInt(3, 5);
                body.Add(string.Join('\n', Enumerable.Range(0, items).Select(_ => "- " + Sentence(rng, 4, 9))));
            }
            if (p == quoteAt) body.Add("> " + Sentence(rng, 12, 20));
        }
        for (var k = 1; k <= 3; k++) body.Add($"[^{k}]: " + Sentence(rng, 6, 12));

        var frontmatter = new List<string> { "---", $"title: \"{title}\"", $"date: {date}", $"description: \"{description}\"", "tags:" };
        frontmatter.AddRange(tags.Select(t => $"  - {t}"));
        frontmatter.Add("---");
        return (slug, string.Join('\n', frontmatter) + "\n\n" + string.Join("\n\n", body) + "\n");
    }

    private static string Decorate(int paragraph, List<string> sentences, List<Slot> slots, (string Title, string Slug)[] metas, PythonRandom rng)
    {
        var order = new Dictionary<string, int> { ["em"] = 0, ["strong"] = 1, ["link"] = 2, ["fn"] = 3 };
        var mine = slots.Where(s => s.Paragraph == paragraph).OrderBy(s => order[s.Kind]).ToList(); // stable, like sorted()
        var words = string.Join(' ', sentences).Split(' ').ToList();
        foreach (var slot in mine)
        {
            switch (slot.Kind)
            {
                case "link":
                    var (title, slug) = metas[slot.Payload];
                    words.Insert(rng.RandBelow(words.Count), $"see [{title.ToLowerInvariant()}](/topics/{slug}/)");
                    break;
                case "em":
                    var at = rng.RandBelow(words.Count);
                    var word = words[at].TrimEnd('.');
                    words[at] = $"*{word}*" + words[at][word.Length..];
                    break;
                case "strong":
                    words.Insert(rng.RandBelow(Math.Max(1, words.Count - 1)), "**this matters**");
                    break;
            }
        }
        var text = string.Join(' ', words);
        foreach (var slot in mine.Where(s => s.Kind == "fn")) text += $"[^{slot.Payload}]";
        return text;
    }

    private static string FullPage(int seed, int i, string text)
    {
        var rng = new PythonRandom($"{seed}:full:{i}");
        var split = text.IndexOf("\n---\n", StringComparison.Ordinal);
        var head = text[..split];
        var blocks = text[(split + 5)..].Split("\n\n").ToList();
        var prose = Enumerable.Range(0, blocks.Count)
            .Where(k => blocks[k].Length > 0 && !new[] { "## ", "- ", "> ", "[^", "\n" }.Any(blocks[k].StartsWith))
            .ToList();
        foreach (var term in rng.Sample(CorpusText.FullTerms, 6))
        {
            var k = rng.Choice(prose);
            var words = blocks[k].Split(' ').ToList();
            words.Insert(1 + rng.RandBelow(words.Count - 1), $"the {term}");
            blocks[k] = string.Join(' ', words);
        }
        foreach (var k in rng.Sample(prose, Math.Min(3, prose.Count)))
        {
            var source = rng.RandBelow(Sources);
            var paragraph = rng.RandInt(1, SourceParagraphs);
            blocks[k] += $" [@src-{source:D2}, ¶{paragraph}]";
        }
        return head + "\n---\n" + string.Join("\n\n", blocks);
    }

    private static void WriteFullExtras(int seed, string folder)
    {
        var rng = new PythonRandom($"{seed}:extras");
        var glossary = Directory.CreateDirectory(Path.Combine(folder, "input", "glossary")).FullName;
        var sources = Directory.CreateDirectory(Path.Combine(folder, "input", "sources")).FullName;
        var seeds = Directory.CreateDirectory(Path.Combine(folder, "seeds")).FullName;
        var slugs = CorpusText.FullTerms.Select(Slugify).ToArray();
        for (var k = 0; k < CorpusText.FullTerms.Length; k++)
        {
            var term = CorpusText.FullTerms[k];
            var related = rng.Sample(slugs.Where(s => s != slugs[k]).ToList(), 2);
            var frontmatter = new List<string> { "---", $"term: \"{term}\"" };
            if (k % 5 == 0) frontmatter.Add($"aliases: [\"{term}s\"]");
            frontmatter.Add($"short: \"{Sentence(rng, 8, 14)}\"");
            frontmatter.Add($"related: [{related[0]}, {related[1]}]");
            frontmatter.Add("---");
            var body = string.Join(' ', Enumerable.Range(0, 4).Select(_ => Sentence(rng)));
            var source = rng.RandBelow(Sources);
            body += $" [@src-{source:D2}, ¶{rng.RandInt(1, SourceParagraphs)}]";
            File.WriteAllText(Path.Combine(glossary, slugs[k] + ".md"), string.Join('\n', frontmatter) + "\n\n" + body + "\n");
        }
        for (var k = 0; k < Sources; k++)
        {
            var id = $"src-{k:D2}";
            var frontmatter = new[]
            {
                "---", $"seed: {id}.txt", $"title: \"Synthetic report {k:D2} on {TitleFor(rng).ToLowerInvariant()}\"", "type: report",
                "container-title: \"Synthetic Review\"", $"issued: 2020-{k % 12 + 1:D2}-{k % 28 + 1:D2}", "---",
            };
            File.WriteAllText(Path.Combine(sources, id + ".md"), string.Join('\n', frontmatter) + "\n\n" + string.Join(' ', Enumerable.Range(0, 3).Select(_ => Sentence(rng))) + "\n");
            var paragraphs = Enumerable.Range(0, SourceParagraphs).Select(_ =>
            {
                var count = rng.RandInt(3, 6);
                return string.Join(' ', Enumerable.Range(0, count).Select(_ => Sentence(rng)));
            }).ToList();
            File.WriteAllText(Path.Combine(seeds, id + ".txt"), string.Join("\n\n", paragraphs) + "\n");
        }
    }

    private static int FloorDiv(int a, int b) => (int)Math.Floor(a / (double)b);
}
