using System.Text.Json;
using System.Text.Json.Serialization;

namespace GesprekBot.Bot.Turns;

/// <summary>JSON options for what the pipeline stores: enums by name so stored documents stay readable.</summary>
internal static class StateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
