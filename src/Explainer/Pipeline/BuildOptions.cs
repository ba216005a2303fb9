namespace Explainer.Pipeline;

/// <summary>What the command line asked for. Paths are absolute.</summary>
public sealed record BuildOptions
{
    /// <summary>The site folder: statiq.json, input/, theme/, seeds/.</summary>
    public required string Root { get; init; }

    /// <summary>The content folder; input/ under the root unless --input says otherwise.</summary>
    public string? Input { get; init; }

    /// <summary>Where the site is written; output/ under the root unless --output says otherwise.</summary>
    public required string Output { get; init; }

    /// <summary>False for <c>check</c>: validate everything, write nothing.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Include pages marked <c>draft: true</c>.</summary>
    public bool Drafts { get; init; }

    /// <summary>Overrides statiq.json's LinkRoot (the --base-url option).</summary>
    public string? LinkRoot { get; init; }

    /// <summary>Makes every link relative to its page, whatever statiq.json's RelativeLinks says (the --relative-links option).</summary>
    public bool RelativeLinks { get; init; }

    /// <summary>Print the time of every stage (--verbose).</summary>
    public bool Verbose { get; init; }

    /// <summary>
    /// Where the build tells the person running it, as it happens, what it is about to do that takes
    /// time (the one-off npm install); nowhere when null. The command line passes its output.
    /// </summary>
    public TextWriter? Notes { get; init; }

    /// <summary>
    /// Write the site into an output folder that holds files no build wrote (--adopt-output).
    /// Those files are kept, except any at a path the site uses, which the site replaces.
    /// </summary>
    public bool AdoptOutput { get; init; }

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public static BuildOptions ForRoot(string root, string? output = null)
    {
        var fullRoot = Path.GetFullPath(root);
        return new BuildOptions { Root = fullRoot, Output = Path.GetFullPath(output ?? Path.Combine(fullRoot, "output")) };
    }
}
