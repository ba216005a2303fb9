using System.Diagnostics;
using System.Text;

namespace Explainer.Tests.Support;

/// <summary>The generator as a separate operating-system process, for tests that kill it mid-build or run its preview.</summary>
public static class ExplainerProcess
{
    /// <summary>Explainer.dll next to the test assembly (the project reference copies it there).</summary>
    public static string Dll { get; } = Find();

    public static Running Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return new Running(Process.Start(start)!);
    }

    /// <summary>A started generator whose output is drained as it comes, so a full pipe never blocks it.</summary>
    public sealed class Running : IDisposable
    {
        private readonly StringBuilder _error = new();
        private readonly System.Threading.Channels.Channel<string> _output = System.Threading.Channels.Channel.CreateUnbounded<string>();

        public Running(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Writer.TryWrite(e.Data); };
            process.ErrorDataReceived += (_, e) => { lock (_error) _error.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        /// <summary>The next line of output that starts with <paramref name="start"/>, skipping the lines before it.</summary>
        public async Task<string> Line(string start)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (true)
            {
                var line = await _output.Reader.ReadAsync(timeout.Token);
                if (line.StartsWith(start, StringComparison.Ordinal)) return line;
            }
        }

        public string Error
        {
            get { lock (_error) return _error.ToString(); }
        }

        public void Dispose() => Process.Dispose();
    }

    private static string Find()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "Explainer.dll");
        if (File.Exists(beside)) return beside;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Parent?.Name ?? "Debug";
        var built = Path.Combine(RepositoryRoot.Path, "src", "Explainer", "bin", configuration, "net10.0", "Explainer.dll");
        Assert.True(File.Exists(built), $"Explainer.dll is neither beside the tests nor at {built}");
        return built;
    }
}
