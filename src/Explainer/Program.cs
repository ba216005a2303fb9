using Explainer.Cli;

namespace Explainer;

/// <summary>The entry point: parse the command line, run the command, return its exit code.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs a command in-process with the given writers; tests call this directly.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            var parse = Commands.Create(output, error).Parse(args);
            // Our own handler below, not System.CommandLine's, which would print a stack trace.
            return parse.Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in the generator: say so plainly, without a stack trace, and fail.
            error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            error.WriteLine("This is a bug in the generator, not in your site. Please report it with the command you ran.");
            return 1;
        }
    }
}
