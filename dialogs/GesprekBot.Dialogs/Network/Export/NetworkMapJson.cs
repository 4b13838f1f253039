using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace GesprekBot.Dialogs.Network.Export;

/// <summary>
/// Writes a map as JSON in the published format described by <see cref="NetworkMapJsonSchema.Text"/>
/// (schema <see cref="SchemaId"/>, version <see cref="SchemaVersion"/>): enums as lowercase snake-case
/// strings, unknown answers as null (a skipped question is "not known", not "no"), ties undirected.
/// The output is deterministic (same map, same bytes) and escapes &lt;, &gt; and &amp; so it can be
/// embedded in a page without becoming markup.
/// </summary>
public static class NetworkMapJson
{
    public const string SchemaId = "https://gesprekbot.local/schemas/network-map/1";

    /// <summary>Raised only for breaking changes; adding an optional property keeps the version.</summary>
    public const int SchemaVersion = 1;

    public static string Schema => NetworkMapJsonSchema.Text;

    public static string Write(NetworkMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        using var stream = new MemoryStream();
        // Letters of every script stay readable ("Zoë", "שרה"); HTML-sensitive characters stay escaped.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("schema", SchemaId);
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteNumber("revision", map.Revision);
            json.WriteString("filledInBy", ExportNames.Of(map.FilledInBy));
            WriteNullable(json, "completedAt", map.CompletedAt?.ToString("O", CultureInfo.InvariantCulture));
            if (map.Satisfaction is { } satisfaction)
            {
                json.WriteNumber("satisfaction", satisfaction);
            }
            else
            {
                json.WriteNull("satisfaction");
            }

            json.WriteStartArray("members");
            foreach (var member in map.Members)
            {
                WriteMember(json, member);
            }

            json.WriteEndArray();
            json.WriteStartArray("ties");
            foreach (var tie in map.Ties)
            {
                json.WriteStartObject();
                json.WriteString("first", tie.FirstMemberId);
                json.WriteString("second", tie.SecondMemberId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStrings(json, "wishes", map.Wishes);
            json.WriteStartArray("notes");
            foreach (var note in map.Notes)
            {
                json.WriteStartObject();
                json.WriteString("topic", note.Topic);
                json.WriteString("text", note.Text);
                WriteNullable(json, "memberId", note.MemberId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteMember(Utf8JsonWriter json, NetworkMember member)
    {
        json.WriteStartObject();
        json.WriteString("id", member.Id);
        json.WriteString("label", member.Label);
        json.WriteString("kind", ExportNames.Of(member.Kind));
        WriteNullable(json, "name", member.Name);
        WriteNullable(json, "role", member.Role);
        json.WriteString("domain", ExportNames.Of(member.Domain));
        if (member.Ring is { } ring)
        {
            json.WriteNumber("ring", ring);
        }
        else
        {
            json.WriteNull("ring");
        }

        WriteStrings(json, "supportReceived", member.SupportReceived.Select(s => ExportNames.Of(s)));
        WriteStrings(json, "supportGiven", member.SupportGiven.Select(s => ExportNames.Of(s)));
        WriteNullable(json, "frequency", ExportNames.Of(member.Frequency));
        WriteNullable(json, "quality", ExportNames.Of(member.Quality));
        WriteNullable(json, "wish", ExportNames.Of(member.Wish));
        json.WriteBoolean("isWished", member.IsWished);
        WriteNullable(json, "note", member.Note);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
