using System.Diagnostics;
using System.IO.Compression;
using Explainer.IO;

namespace Explainer.Tests.Support;

/// <summary>Reading and searching a written Pagefind bundle, with the real Pagefind from the repository's node_modules.</summary>
public static class PagefindBundle
{
    // Bundle files are gzip holding "pagefind_dcd" and then the data.
    public static byte[] Unpack(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var data = new MemoryStream();
        gzip.CopyTo(data);
        return data.ToArray()["pagefind_dcd".Length..];
    }

    // pagefind.js is browser code; in Node it runs once fetch reads the bundle's files from disk.
    public static string Search(string bundle, string query, string kind)
    {
        const string script = """
            import { readFile } from "node:fs/promises";
            import { fileURLToPath, pathToFileURL } from "node:url";
            globalThis.fetch = async (url) => new Response(await readFile(fileURLToPath(new URL(url))));
            const [bundle, query, kind] = process.argv.slice(1);
            const pagefind = await import(pathToFileURL(bundle + "/pagefind.js"));
            await pagefind.init();
            const search = await pagefind.search(query, { filters: { kind: { any: [kind] } } });
            console.log(JSON.stringify(await Promise.all(search.results.map((result) => result.data()))));
            """;
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--input-type=module", "-e", script, bundle, query, kind }) start.ArgumentList.Add(argument);
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, error);
        return output.Result;
    }

    // CI installs the Node tools; only a machine without npm may skip, anywhere else a missing Pagefind fails.
    public static string Command()
    {
        var command = Pagefind.Command(RepositoryRoot.Path, notes: null);
        Assert.SkipWhen(command is null && !OnPath("npm"), Pagefind.NotInstalled);
        Assert.True(command is not null, Pagefind.NotInstalled);
        return command;
    }

    /// <summary>Whether a program is on the PATH (npm, to tell a machine without Node.js from a broken one).</summary>
    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(folder => File.Exists(Path.Combine(folder, program)));

}
