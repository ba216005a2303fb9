using System.Text;

namespace Explainer.Tests.Support;

/// <summary>
/// A large generated site on top of <see cref="Trees.Small"/>: many topics that cite the source,
/// mention glossary terms, link to each other and share tags, so every cross-page stage has work.
/// </summary>
public static class ManyPages
{
    public static string Tree(int topics, int terms = 20)
    {
        var tree = new StringBuilder(Trees.Small);
        for (var t = 0; t < terms; t++)
        {
            tree.Append($"\n-- input/glossary/term-{t:D3}.md --\n---\nterm: widget {Words(t)}\nshort: Widget number {t}.\n");
            if (t > 0) tree.Append($"related: [term-{t - 1:D3}]\n");
            tree.Append($"---\nA widget [@report, ¶{t % 4 + 1}].\n");
        }
        for (var i = 0; i < topics; i++)
        {
            tree.Append($"\n-- input/topics/topic-{i:D4}.md --\n---\ntitle: Topic {i}\ndescription: Topic number {i}.\n");
            tree.Append($"order: {i + 3}\ndate: 2020-{i % 12 + 1:D2}-{i % 28 + 1:D2}\ntags: [tag-{i % 7}, cameras]\n");
            if (i > 0) tree.Append($"related: [topic-{(i * 7919) % i:D4}]\n");
            tree.Append("---\n");
            tree.Append($"## Part {i}\n\nCameras watch streets [@report, ¶{i % 4 + 1}]. The widget {Words(i % terms)} is here, and so is the Golden Shield Project.\n\n");
            tree.Append($"See [the previous topic](/topics/topic-{Math.Max(0, i - 1):D4}/#part-{Math.Max(0, i - 1)}) and [[term-{i % terms:D3}]].\n");
        }
        return tree.ToString();
    }

    // Distinct multi-word names, so every term has its own name to be found by.
    private static string Words(int n) => string.Join(' ', n.ToString("D3").Select(d => "zero one two three four five six seven eight nine".Split(' ')[d - '0']));
}
