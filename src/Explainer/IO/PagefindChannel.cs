using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;

namespace Explainer.IO;

/// <summary>
/// The pipe to a running "pagefind --service". A request is {"message_id", "payload"} as JSON, base64
/// encoded and ended by a comma on stdin; each answer comes back the same way on stdout carrying the
/// request's message_id. Requests are queued and written by one writer, so callers on any thread send
/// the next request without waiting for the last answer.
/// </summary>
internal sealed class PagefindChannel : IAsyncDisposable
{
    private const byte Delimiter = (byte)',';
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Channel<byte[]> _requests = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonDocument>> _waiting = new();
    private readonly Queue<string> _errorLines = new();
    private readonly ArrayBufferWriter<byte> _partialAnswer = new();
    private readonly Task _writing;
    private readonly Task _reading;
    private int _lastId;
    private string? _stopped;

    private PagefindChannel(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, line) => KeepErrorLine(line.Data);
        _process.BeginErrorReadLine();
        // Pagefind exits as soon as its stdin ends, so the writer closes it only after the last request.
        _writing = Task.Run(() => WriteRequests(new BufferedStream(process.StandardInput.BaseStream, 1 << 16)));
        _reading = Task.Run(() => ReadAnswers(process.StandardOutput.BaseStream));
    }

    public static PagefindChannel Start(string command)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--service");
        try
        {
            return new PagefindChannel(Process.Start(start)!);
        }
        catch (Win32Exception e)
        {
            throw new PagefindException($"could not start {command}: {e.Message}");
        }
    }

    /// <summary>Queues one request; the task ends with the whole answer, or with Pagefind's error as a <see cref="PagefindException"/>.</summary>
    public Task<JsonDocument> Send(Action<Utf8JsonWriter> writePayload)
    {
        var id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonDocument>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = answer;
        if (!_requests.Writer.TryWrite(Frame(id, writePayload)) && _waiting.TryRemove(id, out _))
            answer.SetException(new PagefindException(_stopped ?? "Pagefind's service is closed"));
        return answer.Task;
    }

    private static byte[] Frame(int id, Action<Utf8JsonWriter> writePayload)
    {
        var json = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("message_id", id);
            writer.WriteStartObject("payload");
            writePayload(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        var frame = new byte[Base64.GetMaxEncodedToUtf8Length(json.WrittenCount) + 1];
        Base64.EncodeToUtf8(json.WrittenSpan, frame, out _, out var written);
        frame[written] = Delimiter;
        return frame;
    }

    private async Task WriteRequests(Stream input)
    {
        try
        {
            var requests = _requests.Reader;
            while (await requests.WaitToReadAsync())
            {
                while (requests.TryRead(out var frame)) await input.WriteAsync(frame);
                await input.FlushAsync();
            }
            await input.DisposeAsync();
        }
        catch (IOException e)
        {
            Stop($"Pagefind's service stopped reading requests: {e.Message}");
        }
    }

    private async Task ReadAnswers(Stream output)
    {
        var buffer = new byte[1 << 16];
        try
        {
            int read;
            while ((read = await output.ReadAsync(buffer)) > 0) Accept(buffer.AsSpan(0, read));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Ending the requests ends the service: its stdin reader exits the process at end of input.
            Stop($"Pagefind's service answered something unreadable: {e.Message}");
            return;
        }
        await _process.WaitForExitAsync();
        Stop($"Pagefind's service stopped (exit {_process.ExitCode}){ErrorTail()}");
    }

    private void Accept(ReadOnlySpan<byte> chunk)
    {
        for (var end = chunk.IndexOf(Delimiter); end >= 0; end = chunk.IndexOf(Delimiter))
        {
            _partialAnswer.Write(chunk[..end]);
            Answer(_partialAnswer.WrittenSpan);
            _partialAnswer.ResetWrittenCount();
            chunk = chunk[(end + 1)..];
        }
        _partialAnswer.Write(chunk);
    }

    private void Answer(ReadOnlySpan<byte> base64)
    {
        // Each answer gets its own array: a JsonDocument keeps reading the memory it was parsed from.
        var json = new byte[Base64.GetMaxDecodedFromUtf8Length(base64.Length)];
        if (Base64.DecodeFromUtf8(base64, json, out _, out var length) != OperationStatus.Done)
        {
            Stop("Pagefind's service answered something that is not base64");
            return;
        }
        var document = JsonDocument.Parse(json.AsMemory(0, length));
        var root = document.RootElement;
        var payload = root.GetProperty("payload");
        var isError = payload.GetProperty("type").ValueEquals("Error");
        var id = root.TryGetProperty("message_id", out var number) && number.ValueKind == JsonValueKind.Number ? number.GetInt32() : UnreadableRequestId(payload);
        if (id is null)
        {
            Stop($"Pagefind's service could not read a request: {Message(payload)}");
            return;
        }
        if (!_waiting.TryRemove(id.Value, out var answer)) return;
        if (isError)
        {
            answer.SetException(new PagefindException(Message(payload)));
            document.Dispose();
        }
        else
        {
            answer.SetResult(document);
        }
    }

    // A request Pagefind could not parse comes back without an id, but with the request itself.
    private static int? UnreadableRequestId(JsonElement payload)
    {
        if (!payload.TryGetProperty("original_message", out var original) || original.ValueKind != JsonValueKind.String) return null;
        try
        {
            using var request = JsonDocument.Parse(original.GetString()!);
            return request.RootElement.TryGetProperty("message_id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt32() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Message(JsonElement payload) =>
        payload.TryGetProperty("message", out var message) ? message.GetString() ?? "" : payload.GetRawText();

    private void Stop(string reason)
    {
        Interlocked.CompareExchange(ref _stopped, reason, null);
        // Closed first, so a request sent from now on fails at once instead of waiting for an answer that never comes.
        _requests.Writer.TryComplete();
        foreach (var id in _waiting.Keys)
            if (_waiting.TryRemove(id, out var answer)) answer.TrySetException(new PagefindException(_stopped!));
    }

    private void KeepErrorLine(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        lock (_errorLines)
        {
            _errorLines.Enqueue(line);
            if (_errorLines.Count > 20) _errorLines.Dequeue();
        }
    }

    private string ErrorTail()
    {
        lock (_errorLines) return _errorLines.Count == 0 ? "" : ": " + string.Join('\n', _errorLines);
    }

    /// <summary>Ends the requests, which ends the service; requests still unanswered fail.</summary>
    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        try
        {
            await _writing.WaitAsync(ExitWait);
            await _process.WaitForExitAsync().WaitAsync(ExitWait);
        }
        catch (TimeoutException)
        {
            _process.Kill();
        }
        await _reading;
        _process.Dispose();
    }
}
