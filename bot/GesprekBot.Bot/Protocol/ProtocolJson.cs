using System.Text.Json;
using System.Text.Json.Serialization;

namespace GesprekBot.Bot.Protocol;

/// <summary>The one set of JSON options for the wire: camelCase, nulls omitted, lenient on case when reading.</summary>
public static class ProtocolJson
{
    /// <summary>
    /// How deep a body from a caller may nest. Well below the serializer's 64, because what is read is
    /// written again inside other documents (a Direct Line log, the stored replies) a few levels deeper:
    /// an activity that reads at depth 62 failed there with a 500 (security probe F9a). Activities, cards
    /// and Teams channel data nest fewer than ten levels.
    /// </summary>
    public const int MaxInboundDepth = 32;

    public static JsonSerializerOptions Options { get; } = Create(maxDepth: 0);

    /// <summary><see cref="Options"/> for reading what a caller sent: refuses more than <see cref="MaxInboundDepth"/> levels.</summary>
    public static JsonSerializerOptions InboundOptions { get; } = Create(MaxInboundDepth);

    private static JsonSerializerOptions Create(int maxDepth)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = maxDepth,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
