using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// The wire options of the protocol plus one rule: timestamps are written in UTC with "Z" and
/// millisecond precision (A2043), so every client parses and orders them the same way.
/// </summary>
internal static class DirectLineJson
{
    public static JsonSerializerOptions Options { get; } = Create(ProtocolJson.Options);

    /// <summary>For bodies from a client: the protocol's inbound depth limit (see <see cref="ProtocolJson.MaxInboundDepth"/>).</summary>
    public static JsonSerializerOptions InboundOptions { get; } = Create(ProtocolJson.InboundOptions);

    private static JsonSerializerOptions Create(JsonSerializerOptions wire)
    {
        var options = new JsonSerializerOptions(wire);
        options.Converters.Add(new UtcTimestampConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }
}
