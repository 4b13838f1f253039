using System.Net;
using System.Text.Json;
using GesprekBot.Bot.Channels.DirectLine;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Bot.Tests.Storage.Conversations;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

/// <summary>A data folder of an older version (Direct Line record and log as documents) is moved into the tables at start.</summary>
public sealed class DirectLineLegacyUpgradeTests : IDisposable
{
    private const string Id = "00112233445566778899aabbccddeeff";
    private static readonly DateTimeOffset Then = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    private SqliteDatabase OpenDatabase() =>
        new(Options.Create(StorageTestFactory.SqliteOptions(data.Path)), TimeProvider.System, NullLogger<SqliteDatabase>.Instance);

    [Fact]
    public async Task The_record_log_and_dialog_state_of_an_older_version_are_in_the_tables_after_start()
    {
        using (var database = OpenDatabase())
        {
            var protector = StorageTestFactory.CreateProtector(StorageTestFactory.SqliteOptions(data.Path).KeysDirectory!);
            var record = new ConversationRecord(Id, "dl_old", "Mira", "INTAKE-2026-ab12", "nl-BE", "webchat", Then);
            var log = new ConversationLog { NextSequence = 4 };
            log.Activities.AddRange(new[] { "welkom", "Ja", "hoe heet je?" }.Select((text, i) => new Activity
            {
                Type = ActivityTypes.Message, Id = ActivityIds.For(Id, i + 1), Timestamp = Then.AddSeconds(i), Text = text,
            }));
            await LegacyDocumentWriter.WriteAsync(database, protector, $"directline/conversations/{Id}/record", JsonSerializer.Serialize(record, DirectLineJson.Options));
            await LegacyDocumentWriter.WriteAsync(database, protector, $"directline/conversations/{Id}/log", JsonSerializer.Serialize(log, DirectLineJson.Options));
            await LegacyDocumentWriter.WriteAsync(database, protector, $"webchat/conversations/{Id}", """{"dialogState":"stap 2"}""");
        }

        await using var server = DirectLineTestServer.Start(null, new ConsentTestProcessor(), dataDirectory: data.Path);
        var transcript = await UpgradedTranscriptAsync(server);
        using var next = await server.Client().PostMessageAsync(Id, DirectLineTestServer.Secret, "Mira");

        Assert.Equal(["welkom", "Ja", "hoe heet je?"], transcript.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        Assert.Equal("3", transcript.GetProperty("watermark").GetString());
        Assert.Equal($"{Id}|0000004", JsonDocument.Parse(await next.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString());
        var upgraded = await server.Services.GetRequiredService<DirectLineConversationStore>().GetRecordAsync(Id, CancellationToken.None);
        Assert.Equal(new ConversationRecord(Id, "dl_old", "Mira", "INTAKE-2026-ab12", "nl-BE", "webchat", Then), upgraded);
        Assert.Equal("""{"dialogState":"stap 2"}""", (await server.Services.GetRequiredService<IStateStore>().ReadAsync($"webchat/conversations/{Id}"))?.Json);
        using var after = OpenDatabase();
        Assert.Empty(await LegacyDocumentWriter.KeysAsync(after));
    }

    /// <summary>The upgrade runs in the background after start: wait until the conversation answers.</summary>
    private static async Task<JsonElement> UpgradedTranscriptAsync(DirectLineTestServer server)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await server.Client().SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{Id}/activities", DirectLineTestServer.Secret);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            }

            Assert.True(attempt < 100, $"The conversation was not upgraded: {response.StatusCode}");
            await Task.Delay(100);
        }
    }
}
