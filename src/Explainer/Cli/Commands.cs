using System.CommandLine;
using Explainer.Pipeline;

namespace Explainer.Cli;

/// <summary>
/// The command line: build (the default), check, preview and new, with Statiq's options.
/// Every command returns 0 on success and 1 when the site has problems. Each call makes its own
/// option objects, so commands may be parsed on several threads at once (as tests do).
/// </summary>
/// <param name="notes">Where a build says what it is about to do that takes time (the command's output).</param>
public sealed class Commands(TextWriter notes)
{
    private readonly Option<string> _root = new("--root") { Description = "The site folder: statiq.json, input/, theme/, seeds/ (default: the current folder)", DefaultValueFactory = _ => "." };
    private readonly Option<string?> _input = new("--input") { Description = "The content folder (default: ROOT/input)" };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Where to write the site (default: ROOT/output)" };
    private readonly Option<string?> _baseUrl = new("--base-url") { Description = "Serve the site under this sub-path, e.g. /rights/ (overrides LinkRoot)" };
    private readonly Option<bool> _relativeLinks = new("--relative-links") { Description = "Make every link relative to its page and name index.html, so the site works under any path and from disk (sets RelativeLinks)" };
    private readonly Option<bool> _drafts = new("--drafts") { Description = "Build pages marked draft: true (marked as drafts; never in the feed, sitemap or search index)" };
    private readonly Option<bool> _noDrafts = new("--no-drafts") { Description = "For preview: leave drafts out, as build does (preview shows them by default)" };
    private readonly Option<bool> _verbose = new("--verbose", "-v") { Description = "Print every stage's time and more detail" };
    private readonly Option<bool> _adoptOutput = new("--adopt-output") { Description = "Write into an output folder holding files no build wrote; they are kept, but any at a path the site uses is replaced" };
    private readonly Option<string?> _seed = new("--seed") { Description = "For new source: the document in seeds/ (default: seeds/ID.txt)" };
    private readonly Option<string?> _id = new("--id") { Description = "The new file's name without .md: a source's id, a topic's or term's slug (default: the title's slug)" };
    private readonly Option<int> _port = new("--port") { Description = "The port the preview listens on (0 picks a free one)", DefaultValueFactory = _ => PreviewCommand.DefaultPort };

    public static RootCommand Create(TextWriter output, TextWriter error) => new Commands(output).Root(output, error);

    private RootCommand Root(TextWriter output, TextWriter error)
    {
        Option[] site = [_root, _input, _output, _baseUrl, _relativeLinks, _drafts, _verbose, _adoptOutput];
        var build = With(new Command("build", "Build the site into the output folder (the default command)"), site);
        var check = With(new Command("check", "Validate everything a build validates, without writing anything"), site);
        build.SetAction(parse => BuildCommand.Run(OptionsFrom(parse), output, error));
        check.SetAction(parse => BuildCommand.Run(OptionsFrom(parse) with { WriteOutput = false }, output, error));

        var preview = With(new Command("preview", "Build with drafts, serve on 127.0.0.1, rebuild on every change and reload the open pages"), [.. site, _noDrafts, _port]);
        preview.SetAction((parse, stop) => PreviewCommand.RunAsync(OptionsFrom(parse) with { Drafts = !parse.GetValue(_noDrafts) }, parse.GetValue(_port), output, error, stop));

        var kind = new Argument<string>("kind") { Description = "topic, term or source" };
        kind.AcceptOnlyFromAmong(NewCommand.Kinds);
        var title = new Argument<string>("title") { Description = "The title (a topic or source) or the term's name" };
        var create = With(new Command("new", "Create a draft topic, term or source with valid frontmatter") { kind, title }, [_root, _input, _id, _seed]);
        create.SetAction(parse => NewCommand.Run(OptionsFrom(parse), new NewFile(parse.GetValue(kind)!, parse.GetValue(title)!, parse.GetValue(_id), parse.GetValue(_seed)), output, error));

        var root = With(new RootCommand("Explainer: a static site generator for heavily cited explainers.") { build, check, preview, create }, site);
        root.SetAction(parse => BuildCommand.Run(OptionsFrom(parse), output, error));
        return root;
    }

    private static T With<T>(T command, IEnumerable<Option> options) where T : Command
    {
        foreach (var option in options) command.Options.Add(option);
        return command;
    }

    private BuildOptions OptionsFrom(ParseResult parse)
    {
        var options = BuildOptions.ForRoot(parse.GetValue(_root) ?? ".", parse.GetValue(_output));
        return options with
        {
            Input = parse.GetValue(_input) is { } input ? Path.GetFullPath(input) : null,
            LinkRoot = parse.GetValue(_baseUrl),
            RelativeLinks = parse.GetValue(_relativeLinks),
            Drafts = parse.GetValue(_drafts),
            Verbose = parse.GetValue(_verbose),
            AdoptOutput = parse.GetValue(_adoptOutput),
            Notes = notes,
        };
    }
}
