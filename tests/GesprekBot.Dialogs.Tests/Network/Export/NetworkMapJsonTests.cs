using System.Text.Json;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Network.Export;
using GesprekBot.Dialogs.Tests.Network.Picture;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network.Export;

public class NetworkMapJsonTests
{
    [Theory]
    [InlineData("typical")]
    [InlineData("hostile")]
    [InlineData("empty")]
    public void Output_conforms_to_the_published_schema(string which)
    {
        var map = which switch { "typical" => MapSamples.Typical(), "hostile" => MapSamples.Hostile(), _ => new NetworkMap() };

        Assert.Empty(PublishedSchema.Errors(NetworkMapJson.Write(map)));
    }

    [Fact]
    public void The_schema_refuses_what_it_forbids()
    {
        var wrong = NetworkMapJson.Write(MapSamples.Typical()).Replace("\"domain\": \"family\"", "\"domain\": \"Family\"", StringComparison.Ordinal)
            .Replace("\"schemaVersion\": 1", "\"schemaVersion\": 1, \"extra\": true", StringComparison.Ordinal);

        var errors = PublishedSchema.Errors(wrong);

        Assert.Contains(errors, e => e.StartsWith("/members/0/domain: enum:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/extra: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Header_names_the_schema_and_its_version()
    {
        using var output = JsonDocument.Parse(NetworkMapJson.Write(MapSamples.Typical()));
        var root = output.RootElement;

        Assert.Equal("https://gesprekbot.local/schemas/network-map/1", root.GetProperty("schema").GetString());
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("client", root.GetProperty("filledInBy").GetString());
        Assert.Equal("2026-11-20T14:30:00.0000000+00:00", root.GetProperty("completedAt").GetString());
        Assert.Equal(6, root.GetProperty("satisfaction").GetInt32());
        using var schema = JsonDocument.Parse(NetworkMapJson.Schema);
        Assert.Equal(NetworkMapJson.SchemaId, schema.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void Members_use_lowercase_enum_names_and_null_for_unknown_answers()
    {
        using var output = JsonDocument.Parse(NetworkMapJson.Write(MapSamples.Typical()));
        var members = output.RootElement.GetProperty("members").EnumerateArray().ToList();

        Assert.Equal("person", members[0].GetProperty("kind").GetString());
        Assert.Equal("family", members[0].GetProperty("domain").GetString());
        Assert.Equal(1, members[0].GetProperty("ring").GetInt32());
        Assert.Equal(["emotional", "practical"], members[0].GetProperty("supportReceived").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("daily", members[0].GetProperty("frequency").GetString());
        Assert.Equal("difficult", members[2].GetProperty("quality").GetString());
        Assert.Equal("unblock", members[2].GetProperty("wish").GetString());
        Assert.Equal("animal", members[3].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, members[9].GetProperty("ring").ValueKind);
        Assert.Equal(JsonValueKind.Null, members[9].GetProperty("quality").ValueKind);
        Assert.Equal("unknown", members[10].GetProperty("domain").GetString());
    }

    [Fact]
    public void Counts_and_texts_round_trip()
    {
        var map = MapSamples.Hostile() with { Wishes = ["mijn zus"], Notes = [new("Domain:Family", "weet ik niet", "h1")] };
        using var output = JsonDocument.Parse(NetworkMapJson.Write(map));
        var root = output.RootElement;

        Assert.Equal(map.Members.Count, root.GetProperty("members").GetArrayLength());
        Assert.Equal(map.Ties.Count, root.GetProperty("ties").GetArrayLength());
        Assert.Equal(map.Members.Select(m => m.Label), root.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("label").GetString()));
        Assert.Equal("mijn zus", root.GetProperty("wishes")[0].GetString());
        Assert.Equal("h1", root.GetProperty("notes")[0].GetProperty("memberId").GetString());
    }

    [Fact]
    public void Markup_in_labels_is_escaped_so_the_json_can_sit_in_a_page()
    {
        var json = NetworkMapJson.Write(MapSamples.Hostile());

        Assert.DoesNotContain("<script", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("שרה מהעבודה", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_map_gives_the_same_json()
    {
        Assert.Equal(NetworkMapJson.Write(MapSamples.Typical()), NetworkMapJson.Write(MapSamples.Typical()));
    }

    [Fact]
    public void Every_enum_value_has_a_name_in_the_schema()
    {
        var schema = NetworkMapJson.Schema;

        Assert.All(ExportNames.All<LifeDomain>(), n => Assert.Contains($"\"{n}\"", schema, StringComparison.Ordinal));
        Assert.All(ExportNames.All<ContactFrequency>(), n => Assert.Contains($"\"{n}\"", schema, StringComparison.Ordinal));
        // "Veiligheid eerst" is a suggestion for the caseworker, never a wish a member can have.
        Assert.All(
            ExportNames.All<RadioMove>().Where(n => n != ExportNames.Of(RadioMove.SafetyFirst)),
            n => Assert.Contains($"\"{n}\"", schema, StringComparison.Ordinal));
        Assert.All(ExportNames.All<SupportType>(), n => Assert.Contains($"\"{n}\"", schema, StringComparison.Ordinal));
        Assert.All(ExportNames.All<MemberKind>(), n => Assert.Contains($"\"{n}\"", schema, StringComparison.Ordinal));
        Assert.Equal("school_and_work", ExportNames.Of(LifeDomain.SchoolAndWork));
    }
}
