using System.Text.Json;

namespace Explainer.IO;

/// <summary>
/// One Pagefind index built inside a "pagefind --service" process started once: pages are added from
/// any thread while the build goes on (each call returns at once; its task ends when Pagefind has
/// indexed the page), and the finished bundle is written at the end. Pagefind handles requests one at
/// a time in the order they arrive, so a write sent after the last add sees every page.
/// </summary>
public sealed class PagefindService : IAsyncDisposable
{
    private readonly PagefindChannel _channel;
    private readonly int _index;

    private PagefindService(PagefindChannel channel, int index)
    {
        _channel = channel;
        _index = index;
    }

    /// <summary>Starts <paramref name="command"/> (see <see cref="Pagefind.Command"/>) as a service and creates the index.</summary>
    public static async Task<PagefindService> StartAsync(string command, PagefindIndexOptions options)
    {
        var channel = PagefindChannel.Start(command);
        try
        {
            using var answer = await Request(channel, "NewIndex", "NewIndex", json =>
            {
                json.WritePropertyName("config");
                options.WriteTo(json);
            });
            return new PagefindService(channel, Payload(answer).GetProperty("index_id").GetInt32());
        }
        catch
        {
            await channel.DisposeAsync();
            throw;
        }
    }

    /// <summary>Adds a page from its searchable text: nothing is parsed as HTML.</summary>
    public async Task<PagefindIndexedPage> AddRecordAsync(PagefindRecord record)
    {
        using var answer = await Request(_channel, "AddRecord", "IndexedFile", json =>
        {
            json.WriteNumber("index_id", _index);
            json.WriteString("url", record.Url);
            json.WriteString("content", record.Content);
            json.WriteString("language", record.Language);
            json.WriteStartObject("meta");
            foreach (var (key, value) in record.Meta) json.WriteString(key, value);
            json.WriteEndObject();
            json.WriteStartObject("filters");
            foreach (var (key, values) in record.Filters)
            {
                json.WriteStartArray(key);
                foreach (var value in values) json.WriteStringValue(value);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        });
        return IndexedPage(answer);
    }

    /// <summary>Adds a page from its whole HTML, held in memory, which Pagefind parses as it would the file.</summary>
    public async Task<PagefindIndexedPage> AddHtmlAsync(string url, string html)
    {
        using var answer = await Request(_channel, "AddFile", "IndexedFile", json =>
        {
            json.WriteNumber("index_id", _index);
            json.WriteString("url", url);
            json.WriteString("file_contents", html);
        });
        return IndexedPage(answer);
    }

    /// <summary>Builds the index and has Pagefind write the bundle into <paramref name="bundleFolder"/> (e.g. output/pagefind).</summary>
    public async Task WriteFilesAsync(string bundleFolder)
    {
        using var _ = await Request(_channel, "WriteFiles", "WriteFiles", json =>
        {
            json.WriteNumber("index_id", _index);
            json.WriteString("output_path", Path.GetFullPath(bundleFolder));
        });
    }

    /// <summary>Builds the index and returns the bundle's files in memory.</summary>
    public async Task<IReadOnlyList<PagefindFile>> GetFilesAsync()
    {
        using var answer = await Request(_channel, "GetFiles", "GetFiles", json => json.WriteNumber("index_id", _index));
        return Payload(answer).GetProperty("files").EnumerateArray()
            .Select(file => new PagefindFile(file.GetProperty("path").GetString()!, file.GetProperty("content").GetBytesFromBase64()))
            .ToList();
    }

    private static async Task<JsonDocument> Request(PagefindChannel channel, string type, string answerType, Action<Utf8JsonWriter> writeFields)
    {
        var answer = await channel.Send(json =>
        {
            json.WriteString("type", type);
            writeFields(json);
        });
        if (Payload(answer).GetProperty("type").ValueEquals(answerType)) return answer;
        var actual = Payload(answer).GetProperty("type").GetString();
        answer.Dispose();
        throw new PagefindException($"Pagefind's service answered {actual} to {type}");
    }

    private static JsonElement Payload(JsonDocument answer) => answer.RootElement.GetProperty("payload");

    private static PagefindIndexedPage IndexedPage(JsonDocument answer)
    {
        var payload = Payload(answer);
        var meta = payload.GetProperty("page_meta").EnumerateObject().ToDictionary(property => property.Name, property => property.Value.GetString() ?? "");
        return new PagefindIndexedPage(payload.GetProperty("page_url").GetString()!, payload.GetProperty("page_word_count").GetInt32(), meta);
    }

    /// <summary>Stops the service; pages added but not yet indexed are lost, so await their tasks first.</summary>
    public ValueTask DisposeAsync() => _channel.DisposeAsync();
}
