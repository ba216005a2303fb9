using System.Diagnostics;

namespace Explainer.Bench;

/// <summary>
/// Makes each generator's site from the corpus, once (existing folders are kept: deleting many
/// files slows creating new ones on these machines), and returns how to build it into a new folder.
/// The peers' templates are those of the shared benchmark, kept in tests/bench/peers/.
/// </summary>
public sealed class SiteSetup(RaceOptions options)
{
    private string Work => options.Work;
    private string Peers => Path.Combine(options.Repository, "tests", "bench", "peers");

    /// <summary>Our site of the corpus; <paramref name="search"/> false switches the search index off (full only: plain never has one).</summary>
    public Func<string, Measurement> Ours(int n, bool full, bool search = true)
    {
        var flavour = !full ? "plain" : search ? "full" : "full-nosearch";
        var site = Path.Combine(Work, "sites", "explainer", $"{flavour}-N{n}");
        if (!Directory.Exists(site))
        {
            var corpus = Corpus(n, full);
            Directory.CreateDirectory(site);
            if (full)
            {
                Copy(Path.Combine(corpus, "input"), Path.Combine(site, "input"));
                Copy(Path.Combine(corpus, "seeds"), Path.Combine(site, "seeds"));
            }
            else
            {
                Copy(Path.Combine(corpus, "topics"), Path.Combine(site, "input", "topics"));
            }
            Link(Path.Combine(options.Repository, "node_modules"), Path.Combine(site, "node_modules"));
        }
        // The theme and settings are those of this checkout, even in a site made by an older one.
        var theme = Path.Combine(site, "theme");
        if (Directory.Exists(theme)) Directory.Delete(theme, recursive: true);
        Copy(Path.Combine(options.Repository, "theme"), theme);
        // The downloads (a zip of the whole site, an e-book) are off: the peers make nothing like them.
        File.WriteAllText(Path.Combine(site, "statiq.json"), (full, search) switch
        {
            (true, true) => """{ "Title": "SSG Bench", "Host": "example.org", "Downloads": false }""",
            (true, false) => """{ "Title": "SSG Bench", "Host": "example.org", "SearchIndex": false, "Downloads": false }""",
            // The peers check nothing editorial either: the corpus's prose cites nothing.
            _ => """{ "Title": "SSG Bench", "Host": "example.org", "SearchIndex": false, "Feed": false, "Sitemap": false, "UncitedProseCheck": "off", "Downloads": false }""",
        });
        return run => Measurement.Of(options.Explainer, ["build", "--root", site, "--output", NewOutput("explainer-" + flavour, n, run)]);
    }

    public Func<string, Measurement> RealSite() =>
        run => Measurement.Of(options.Explainer, ["build", "--root", options.Repository, "--output", NewOutput("explainer-real", 0, run)]);

    public Func<string, Measurement> Hugo(int n)
    {
        var site = Path.Combine(Work, "sites", "hugo", $"N{n}");
        if (!Directory.Exists(site))
        {
            Copy(Path.Combine(Peers, "hugo"), site);
            Copy(Path.Combine(Corpus(n, false), "topics"), Path.Combine(site, "content", "topics"));
        }
        return run => Measurement.Of("hugo", ["--quiet", "-s", site, "-d", NewOutput("hugo", n, run)]);
    }

    /// <summary>Hugo's build of the plain corpus, then Pagefind (the one our build uses) over its output, timed as one command.</summary>
    public Func<string, Measurement> HugoWithPagefind(int n)
    {
        Hugo(n);
        var site = Path.Combine(Work, "sites", "hugo", $"N{n}");
        var pagefind = global::Explainer.IO.Pagefind.Command(options.Repository, Console.Out) ?? throw new InvalidOperationException(global::Explainer.IO.Pagefind.NotInstalled);
        return run =>
        {
            var output = NewOutput("hugo-pagefind", n, run);
            return Measurement.Of("sh", ["-c", "hugo --quiet -s \"$1\" -d \"$2\" && \"$3\" --site \"$2\" --quiet", "sh", site, output, pagefind]);
        };
    }

    public Func<string, Measurement> Eleventy(int n)
    {
        var eleventy = Path.Combine(Work, "eleventy");
        if (!File.Exists(Path.Combine(eleventy, "node_modules", "@11ty", "eleventy", "cmd.cjs")))
        {
            Directory.CreateDirectory(eleventy);
            File.Copy(Path.Combine(Peers, "eleventy-package.json"), Path.Combine(eleventy, "package.json"), overwrite: true);
            Shell("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], eleventy);
        }
        var site = Path.Combine(eleventy, "sites", $"N{n}"); // under eleventy/ so require() finds node_modules
        if (!Directory.Exists(site))
        {
            Copy(Path.Combine(Peers, "eleventy"), site);
            Copy(Path.Combine(Corpus(n, false), "topics"), Path.Combine(site, "topics"));
        }
        return run => Measurement.Of("node", [Path.Combine(eleventy, "node_modules", "@11ty", "eleventy", "cmd.cjs"), "--quiet", $"--output={NewOutput("eleventy", n, run)}"], site);
    }

    private string Corpus(int n, bool full)
    {
        var folder = Path.Combine(Work, "corpus", $"{(full ? "full" : "plain")}-N{n}");
        if (!Directory.Exists(folder)) global::Explainer.Bench.Corpus.Write(n, folder, full);
        return folder;
    }

    private string NewOutput(string generator, int n, string run)
    {
        var folder = Path.Combine(Work, "out", $"{generator}-N{n}-{run}-{Guid.NewGuid():N}");
        return folder;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static void Link(string target, string link)
    {
        if (Directory.Exists(target) && !Directory.Exists(link)) Directory.CreateSymbolicLink(link, target);
    }

    private static void Shell(string command, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = folder };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed in {folder}");
    }
}
