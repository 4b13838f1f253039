using System.Text.Json;
using System.Text.Json.Serialization;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Tests.Storage.Conversations;

/// <summary>
/// How versions before the tables kept the review's data: encrypted JSON documents under
/// <c>review/</c> in the state store. Kept here so upgrade tests can write real old data.
/// </summary>
internal sealed class ReviewDocuments(IStateStore store)
{
    private const int MaxAttempts = 8;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<T?> ReadAsync<T>(string key, CancellationToken cancellationToken)
        where T : class
    {
        var item = await store.ReadAsync(key, cancellationToken);
        return item is null ? null : JsonSerializer.Deserialize<T>(item.Json, Json);
    }

    /// <summary>Read, change and write with an ETag check, retrying when another request wrote in between.</summary>
    public async Task<T> UpdateAsync<T>(string key, Func<T?, T> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var item = await store.ReadAsync(key, cancellationToken);
            var current = item is null ? null : JsonSerializer.Deserialize<T>(item.Json, Json);
            var next = change(current);
            try
            {
                await store.WriteAsync(key, JsonSerializer.Serialize(next, Json), item?.ETag, cancellationToken);
                return next;
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                // Someone else wrote the document meanwhile: apply the change to their version.
            }
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => store.DeleteAsync(key, cancellationToken);

    /// <summary>Organisation names become part of a key: escape them so no name can reach another key.</summary>
    public static string KeyPart(string value) => Uri.EscapeDataString(value.Trim().ToLowerInvariant());
}
