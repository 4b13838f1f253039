using System.Net;
using System.Text.Json;
using GesprekBot.Storage.Notices;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Notices;

/// <summary>Replayed Teams payloads of the bot being added to and removed from a team, through /api/messages.</summary>
public sealed class TeamInstallTests
{
    [Fact]
    public async Task Added_to_a_team_the_bot_welcomes_the_channel_once_in_dutch_and_keeps_its_reference()
    {
        using var app = new NoticesApp();

        var first = await app.PostAsync(NoticesApp.TeamInstall());
        // Teams announces the install a second time, as an installationUpdate.
        var second = await app.PostAsync(NoticesApp.TeamInstall(id: "f:install-2", type: "installationUpdate", members: "\"membersRemovedNot\""));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var welcome = Assert.Single(app.Channel.Requests);
        Assert.Equal($"{NoticesApp.ServiceUrl}v3/conversations/{Uri.EscapeDataString(NoticesApp.TeamChannel)}/activities", welcome.Uri.AbsoluteUri);
        var body = JsonDocument.Parse(welcome.Body!).RootElement;
        Assert.StartsWith("Hallo, ik ben GesprekBot.", body.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("dit kanaal koppelt", body.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("replyToId", out _));

        var stored = await app.Services.GetRequiredService<TeamsChannelRepository>().FindAsync(NoticesApp.TeamChannel, CancellationToken.None);
        Assert.Equal(
            new StoredTeamsChannel(NoticesApp.TeamChannel, NoticesApp.TeamChannel, "tenant-1", NoticesApp.ServiceUrl, NoticesApp.BotId, app.Clock.GetUtcNow(), null),
            stored);
    }

    [Fact]
    public async Task Removed_from_the_team_the_reference_is_marked_gone_and_a_later_notice_fails_without_a_call()
    {
        using var app = new NoticesApp();
        await app.PostAsync(NoticesApp.TeamInstall());
        app.Clock.Advance(TimeSpan.FromHours(1));

        var removed = await app.PostAsync(NoticesApp.TeamInstall(id: "f:remove-1", members: "\"membersRemoved\"", eventType: "teamMemberRemoved"));

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        var stored = await app.Services.GetRequiredService<TeamsChannelRepository>().FindAsync(NoticesApp.TeamChannel, CancellationToken.None);
        Assert.Equal(app.Clock.GetUtcNow(), stored!.RemovedAt);
        Assert.Single(app.Channel.Requests); // the welcome only: nothing is said on removal

        var record = await ChannelNoticeTests.SubmitIntakeAsync(app);
        await app.Services.GetRequiredService<GesprekBot.Bot.Notices.NoticeDispatcher>().DeliverDueAsync(CancellationToken.None);

        Assert.Empty(app.NoticePosts);
        var notice = await app.Services.GetRequiredService<NoticeOutboxRepository>().FindAsync(record.Id, NoticeKind.Submitted, CancellationToken.None);
        Assert.Equal(NoticeState.Failed, notice!.State);
    }

    [Fact]
    public async Task A_person_joining_the_team_starts_no_intake_in_the_channel()
    {
        using var app = new NoticesApp();
        await app.PostAsync(NoticesApp.TeamInstall());

        var joined = await app.PostAsync(NoticesApp.TeamInstall(id: "f:join-1").Replace("\"membersAdded\":[{\"id\":\"28:gesprekbot\"}]", "\"membersAdded\":[{\"id\":\"29:new-colleague\"}]", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.Single(app.Channel.Requests); // the bot's own welcome, nothing for the colleague
    }

    [Fact]
    public async Task A_personal_chat_is_not_taken_for_a_team_and_gets_the_dialogs_greeting()
    {
        using var app = new NoticesApp();

        var personal = NoticesApp.TeamInstall().Replace("\"team\":{\"id\":\"19:caw-oost-general@thread.tacv2\",\"name\":\"CAW Oost\"},", string.Empty, StringComparison.Ordinal)
            .Replace("\"membersAdded\":[{\"id\":\"28:gesprekbot\"}]", "\"membersAdded\":[{\"id\":\"28:gesprekbot\"},{\"id\":\"29:client\"}]", StringComparison.Ordinal);
        await app.PostAsync(personal);

        Assert.Empty(await app.Services.GetRequiredService<TeamsChannelRepository>().AllAsync(CancellationToken.None));
        Assert.DoesNotContain(app.Channel.Requests, r => r.Body!.Contains("dit kanaal koppelt", StringComparison.Ordinal));
    }
}
