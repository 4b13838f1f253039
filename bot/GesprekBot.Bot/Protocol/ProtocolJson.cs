using System.Text.Json;
using System.Text.Json.Serialization;

namespace GesprekBot.Bot.Protocol;

/// <summary>The one set of JSON options for the wire: camelCase, nulls omitted, lenient on case when reading.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
