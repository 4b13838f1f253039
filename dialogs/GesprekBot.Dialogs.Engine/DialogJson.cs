using System.Text.Json;
using System.Text.Json.Serialization;

namespace GesprekBot.Dialogs.Engine;

/// <summary>
/// The one set of JSON settings the engine uses for everything it stores: typed dialog state,
/// dialog options, results and conversation values. Use it in state-migration code.
/// </summary>
public static class DialogJson
{
    /// <summary>camelCase names, case-insensitive reading, enums as strings; read-only.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>An empty JSON object, the state of a dialog that has stored nothing yet.</summary>
    public static JsonElement EmptyObject { get; } = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>Serialises a value with its runtime type; null stays null and JSON passes through.</summary>
    public static JsonElement? ToElement(object? value) => value switch
    {
        null => null,
        JsonElement element => element.Clone(),
        _ => JsonSerializer.SerializeToElement(value, value.GetType(), Options),
    };

    /// <summary>Serialises a value of a known type.</summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    /// <summary>Reads a typed value; null or JSON null gives the default of <typeparamref name="T"/>.</summary>
    /// <exception cref="JsonException">The JSON does not fit <typeparamref name="T"/>.</exception>
    public static T? FromElement<T>(JsonElement? element) =>
        element is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } e
            ? e.Deserialize<T>(Options)
            : default;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Numbers stay numbers: typed reading is what keeps Int32 from coming back as Int64.
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
