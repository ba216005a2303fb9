using System.CommandLine;
using Explainer.Pipeline;

namespace Explainer.Cli;

/// <summary>
/// The command line: build (the default), check, preview and new, with Statiq's options.
/// Every command returns 0 on success and 1 when the site has problems.
/// </summary>
public static class Commands
{
    public static readonly Option<string> Root = new("--root") { Description = "The site folder: statiq.json, input/, theme/, seeds/ (default: the current folder)", DefaultValueFactory = _ => "." };
    public static readonly Option<string?> Input = new("--input") { Description = "The content folder (default: ROOT/input)" };
    public static readonly Option<string?> Output = new("--output", "-o") { Description = "Where to write the site (default: ROOT/output)" };
    public static readonly Option<string?> BaseUrl = new("--base-url") { Description = "Serve the site under this sub-path, e.g. /rights/ (overrides LinkRoot)" };
    public static readonly Option<bool> Drafts = new("--drafts") { Description = "Include pages marked draft: true" };
    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Print every stage's time and more detail" };
    public static readonly Option<string?> Seed = new("--seed") { Description = "For new source: the document in seeds/ (default: the title's slug + .txt)" };
    public static readonly Option<int> Port = new("--port") { Description = "The port the preview listens on (0 picks a free one)", DefaultValueFactory = _ => PreviewCommand.DefaultPort };

    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var build = new Command("build", "Build the site into the output folder (the default command)");
        var check = new Command("check", "Validate everything a build validates, without writing anything");
        foreach (var command in new[] { build, check })
        {
            foreach (var option in new Option[] { Root, Input, Output, BaseUrl, Drafts, Verbose }) command.Options.Add(option);
        }
        build.SetAction(parse => BuildCommand.Run(OptionsFrom(parse), output, error));
        check.SetAction(parse => BuildCommand.Run(OptionsFrom(parse) with { WriteOutput = false }, output, error));

        var preview = new Command("preview", "Build, serve on 127.0.0.1, rebuild on every change and reload the open pages");
        foreach (var option in new Option[] { Root, Input, Output, BaseUrl, Drafts, Verbose, Port }) preview.Options.Add(option);
        preview.SetAction((parse, stop) => PreviewCommand.RunAsync(OptionsFrom(parse), parse.GetValue(Port), output, error, stop));

        var kind = new Argument<string>("kind") { Description = "topic, term or source" };
        kind.AcceptOnlyFromAmong(NewCommand.Kinds);
        var title = new Argument<string>("title") { Description = "The title (a topic or source) or the term's name" };
        var create = new Command("new", "Create a topic, term or source file with valid frontmatter") { kind, title };
        foreach (var option in new Option[] { Root, Input, Seed }) create.Options.Add(option);
        create.SetAction(parse => NewCommand.Run(OptionsFrom(parse), parse.GetValue(kind)!, parse.GetValue(title)!, parse.GetValue(Seed), output, error));

        var root = new RootCommand("Explainer: a static site generator for heavily cited explainers.") { build, check, preview, create };
        foreach (var option in new Option[] { Root, Input, Output, BaseUrl, Drafts, Verbose }) root.Options.Add(option);
        root.SetAction(parse => BuildCommand.Run(OptionsFrom(parse), output, error));
        return root;
    }

    public static BuildOptions OptionsFrom(ParseResult parse)
    {
        var options = BuildOptions.ForRoot(parse.GetValue(Root) ?? ".", parse.GetValue(Output));
        return options with
        {
            Input = parse.GetValue(Input) is { } input ? Path.GetFullPath(input) : null,
            LinkRoot = parse.GetValue(BaseUrl),
            Drafts = parse.GetValue(Drafts),
            Verbose = parse.GetValue(Verbose),
        };
    }
}
