using System.Text.Json.Nodes;
using GesprekBot.TeamsPackage;

namespace GesprekBot.Deployment.Tests.Teams;

public sealed class ManifestTests
{
    [Fact]
    public void Schema_uses_no_keyword_whose_meaning_draft07_changed()
    {
        Assert.Equal("http://json-schema.org/draft-04/schema#", TeamsManifestSchema.Load()["$schema"]!.GetValue<string>());
        Assert.Empty(TeamsManifestSchema.Draft04OnlyKeywords(TeamsManifestSchema.Load()));
    }

    [Fact]
    public void Filled_manifest_is_valid_against_the_1_29_schema()
    {
        Assert.Empty(TeamsManifestSchema.Validate(Samples.FilledManifest));
    }

    [Fact]
    public void Template_has_the_placeholders_the_package_command_fills()
    {
        foreach (var placeholder in new[] { "{{APP_ID}}", "{{BOT_ID}}", "{{HOST_NAME}}", "{{PRIVACY_URL}}", "{{TERMS_URL}}" })
        {
            Assert.Contains(placeholder, Samples.Template, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Filled_manifest_has_the_bot_scopes_ids_and_domain()
    {
        var manifest = JsonNode.Parse(Samples.FilledManifest)!;
        Assert.Equal("1.29", manifest["manifestVersion"]!.GetValue<string>());
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
        Assert.Equal(Samples.Settings.AppId.ToString(), manifest["id"]!.GetValue<string>());
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(Samples.Settings.BotId.ToString(), bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(scope => scope!.GetValue<string>()));
        Assert.False(bot["supportsFiles"]!.GetValue<bool>());
        Assert.Equal([Samples.Settings.HostName], manifest["validDomains"]!.AsArray().Select(domain => domain!.GetValue<string>()));
        Assert.Equal("nl-BE", manifest["localizationInfo"]!["defaultLanguageTag"]!.GetValue<string>());
        Assert.Equal(IconPainter.AccentColor, manifest["accentColor"]!.GetValue<string>());
        Assert.Equal(Samples.Settings.PrivacyUrl.AbsoluteUri, manifest["developer"]!["privacyUrl"]!.GetValue<string>());
    }

    public static TheoryData<string, Action<JsonObject>> Breakages => new()
    {
        { "no developer", manifest => manifest.Remove("developer") },
        { "manifestVersion 1.28", manifest => manifest["manifestVersion"] = "1.28" },
        { "bot id not a GUID", manifest => manifest["bots"]![0]!["botId"] = "gesprekbot" },
        { "unknown scope", manifest => manifest["bots"]![0]!["scopes"]!.AsArray().Add("meeting") },
        { "short description over 80 characters", manifest => manifest["description"]!["short"] = new string('a', 81) },
        { "accent colour without #", manifest => manifest["accentColor"] = "1F6F8B" },
        { "unknown top-level field", manifest => manifest["colour"] = "#1F6F8B" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Broken_manifest_is_rejected(string breakage, Action<JsonObject> breakIt)
    {
        var manifest = JsonNode.Parse(Samples.FilledManifest)!.AsObject();
        breakIt(manifest);
        Assert.True(TeamsManifestSchema.Validate(manifest.ToJsonString()).Count > 0, breakage);
    }

    [Fact]
    public void Template_itself_is_rejected_until_filled()
    {
        // The placeholders are not GUIDs: an unfilled template cannot be uploaded by mistake.
        Assert.NotEmpty(TeamsManifestSchema.Validate(Samples.Template));
    }
}
