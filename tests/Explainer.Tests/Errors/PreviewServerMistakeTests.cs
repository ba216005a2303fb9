using System.Net.Sockets;
using System.Text;
using Explainer.Pipeline;
using Explainer.Preview;
using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>
/// The preview server as a careless or hostile visitor meets it: it listens on the loopback
/// address only, never serves a file outside the output folder whatever the request path says,
/// answers a taken port with a diagnostic, and never serves a half-written page while it rebuilds.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class PreviewServerMistakeTests
{
    private const string SecretTitle = "Secret settings title";

    private static TestSite Site() => TestSite.From(Trees.Small + $"\n-- statiq.json --\n{{ \"Title\": \"{SecretTitle}\", \"Host\": \"example.org\", \"SearchIndex\": false }}");

    [Fact]
    public async Task The_server_listens_on_the_loopback_address_only()
    {
        using var site = Site();
        await using var host = await PreviewHost.StartAsync(BuildOptions.ForRoot(site.Root), 0, TextWriter.Null, TextWriter.Null);

        Assert.Equal("127.0.0.1", host.SiteAddress.Host);
    }

    [Theory]
    [InlineData("/../statiq.json")]
    [InlineData("/%2e%2e/statiq.json")]
    [InlineData("/..%2fstatiq.json")]
    [InlineData("/%2e%2e%2fstatiq.json")]
    [InlineData("/..%5cstatiq.json")]
    [InlineData("/assets/%2e%2e/%2e%2e/statiq.json")]
    [InlineData("/%2fetc%2fpasswd")]
    [InlineData("//etc/passwd")]
    [InlineData("/..;/statiq.json")]
    [InlineData("/%00")]
    [InlineData("/index.html%00.txt")]
    [InlineData("/%c0%ae%c0%ae/statiq.json")]
    public async Task A_request_path_never_reaches_a_file_outside_the_output(string path)
    {
        using var site = Site();
        await using var host = await PreviewHost.StartAsync(BuildOptions.ForRoot(site.Root), 0, TextWriter.Null, TextWriter.Null);

        var (status, body) = await RawGet(host.SiteAddress, path);

        Assert.DoesNotContain("\"SearchIndex\"", body);
        Assert.DoesNotContain("root:x:0:0", body);
        Assert.True(status is 301 or 302 or 400 or 404, $"{path}: status {status}");
    }

    [Fact]
    public async Task A_port_already_taken_is_a_diagnostic_not_a_crash()
    {
        using var site = Site();
        await using var first = await PreviewHost.StartAsync(BuildOptions.ForRoot(site.Root), 0, TextWriter.Null, TextWriter.Null);

        var (exit, stdout, error) = CliRun.Run("preview", "--root", site.Root, "--port", first.SiteAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, exit);
        CliRun.AssertOnlyDiagnostics(error, stdout);
        Assert.StartsWith($".:1:1: EXP901 cannot listen on 127.0.0.1:{first.SiteAddress.Port}", Assert.Single(CliRun.Lines(error)));
    }

    [Fact]
    public async Task Pages_requested_during_rebuilds_are_always_whole()
    {
        using var site = TestSite.From(ManyPages.Tree(300));
        await using var host = await PreviewHost.StartAsync(BuildOptions.ForRoot(site.Root) with { Parallelism = 2 }, 0, TextWriter.Null, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = host.SiteAddress, Timeout = TimeSpan.FromSeconds(60) };
        Assert.Contains("</html>", await http.GetStringAsync("topics/topic-0001/", TestContext.Current.CancellationToken));

        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(reader => Task.Run(async () =>
        {
            var failures = new List<string>();
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var page = $"topics/topic-{(reader * 37 + i) % 300:0000}/";
                var response = await http.GetAsync(page);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode != 200 || !body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal)) failures.Add($"{page}: {(int)response.StatusCode}, {body.Length} characters");
            }
            return failures;
        })).ToArray();

        for (var edit = 0; edit < 6; edit++)
        {
            // Every edit changes the series navigation of every page, so every page is rewritten.
            site.Write("input/topics/topic-0000.md", $"---\ntitle: Topic zero, edit {edit}\ndescription: Edited.\norder: 1\n---\nEdit {edit} [@report, ¶1].\n");
            host.Session.RequestBuild(); // builds now, on this thread, or makes the running build go again
        }
        await stop.CancelAsync();

        var failures = (await Task.WhenAll(readers)).SelectMany(f => f).ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(10)));
    }

    /// <summary>Sends the path exactly as written: an HTTP client library would normalise it first.</summary>
    private static async Task<(int Status, string Body)> RawGet(Uri server, string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {server.Host}\r\nConnection: close\r\n\r\n"));
        var response = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
