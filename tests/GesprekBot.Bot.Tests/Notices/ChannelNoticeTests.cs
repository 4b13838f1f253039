using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using GesprekBot.Bot.Notices;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Bot.Turns;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Notices;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Notices;

/// <summary>Channel notices end to end: an intake typed by a client, the outbox, the stub Teams connector.</summary>
public sealed class ChannelNoticeTests
{
    private const string TypedSentence = "Mijn buurvrouw Griet brengt elke dinsdag soep";

    [Fact]
    public async Task A_submitted_intake_is_posted_to_the_linked_channel_after_the_channel_first_answers_429_and_then_503()
    {
        using var app = new NoticesApp();
        await app.PostAsync(NoticesApp.TeamInstall());
        var record = await SubmitIntakeAsync(app);
        var notice = await app.Services.GetRequiredService<NoticeOutboxRepository>().FindAsync(record.Id, NoticeKind.Submitted, CancellationToken.None);
        Assert.Equal((NoticeState.Queued, "CAW Oost"), (notice!.State, notice.Organisation));

        app.ChannelResponses.Enqueue(() => NoticesApp.Status(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(90)));
        app.ChannelResponses.Enqueue(() => NoticesApp.Status(HttpStatusCode.ServiceUnavailable));
        var dispatcher = app.Services.GetRequiredService<NoticeDispatcher>();

        Assert.Equal(0, await dispatcher.DeliverDueAsync(CancellationToken.None)); // 429
        app.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(0, await dispatcher.DeliverDueAsync(CancellationToken.None)); // Retry-After (90 s) not over: no call
        Assert.Single(app.NoticePosts);
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(0, await dispatcher.DeliverDueAsync(CancellationToken.None)); // 503: backoff 2 × 30 s
        app.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await dispatcher.DeliverDueAsync(CancellationToken.None));
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await dispatcher.DeliverDueAsync(CancellationToken.None));
        Assert.Equal(0, await dispatcher.DeliverDueAsync(CancellationToken.None));

        var posts = app.NoticePosts;
        Assert.Equal(3, posts.Count);
        Assert.All(posts, p => Assert.Equal(NoticesApp.ServiceUrl + "v3/conversations", p.Uri.AbsoluteUri));
        var body = JsonDocument.Parse(posts[^1].Body!).RootElement;
        Assert.True(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal(NoticesApp.TeamChannel, body.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal(NoticesApp.BotId, body.GetProperty("bot").GetProperty("id").GetString());
        var card = body.GetProperty("activity").GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        var content = card.GetProperty("content");
        Assert.Equal("1.5", content.GetProperty("version").GetString());
        var facts = content.GetProperty("body")[2].GetProperty("facts").EnumerateArray()
            .ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal("Ingediend", facts["Soort"]);
        Assert.Equal(record.Code, facts["Intakecode"]);
        Assert.Equal("2 december 2026 09:30", facts["Wanneer"]); // 08:30 UTC, in Brussels
        var open = content.GetProperty("actions")[0];
        Assert.Equal("Action.OpenUrl", open.GetProperty("type").GetString());
        Assert.Equal($"https://review.caw.test/review/intakes/{record.Id}", open.GetProperty("url").GetString());

        // What the client typed and their name stay out of the channel.
        Assert.Contains(TypedSentence, JsonSerializer.Serialize(record, DialogJson.Options), StringComparison.Ordinal);
        Assert.All(posts, p => Assert.DoesNotContain("Griet", p.Body, StringComparison.Ordinal));
        Assert.All(posts, p => Assert.DoesNotContain("Zoltan", p.Body, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("Griet", StringComparison.Ordinal));
        var sent = await app.Services.GetRequiredService<NoticeOutboxRepository>().FindAsync(record.Id, NoticeKind.Submitted, CancellationToken.None);
        Assert.Equal((NoticeState.Sent, 3), (sent!.State, sent.Attempts));
    }

    [Fact]
    public async Task A_crisis_during_the_intake_queues_an_urgent_notice_that_names_the_kind_in_dutch_but_not_the_words()
    {
        using var app = new NoticesApp();
        await app.PostAsync(NoticesApp.TeamInstall());
        await app.SayAsync("hallo");
        await app.SayAsync("ja");
        await app.SayAsync("ik denk aan zelfmoord");

        Assert.Equal(1, await app.Services.GetRequiredService<NoticeDispatcher>().DeliverDueAsync(CancellationToken.None));

        var post = Assert.Single(app.NoticePosts);
        // Read back unescaped, so a word in the body cannot hide behind \u escapes.
        var body = JsonNode.Parse(post.Body!)!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Mogelijk suïcidegevaar", body, StringComparison.Ordinal);
        Assert.Contains("Dringend", body, StringComparison.Ordinal);
        Assert.DoesNotContain("zelfmoord", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_a_linked_channel_the_client_is_told_the_caseworkers_get_a_message_and_not_to_wait_for_it()
    {
        using var app = new NoticesApp();
        await app.PostAsync(NoticesApp.TeamInstall());
        await app.SayAsync("hallo");
        await app.SayAsync("ja");

        var replies = await app.SayAsync("ik denk aan zelfmoord");

        Assert.Contains(replies, r => r.StartsWith("Ik stuur je hulpverleners nu een bericht dat dit dringend is. Wacht daar niet op: bel nu 1813", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains("ziet het pas", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, true)]  // no channel linked for the organisation
    [InlineData(true, false)]  // linked, but the bot was never added to that team
    public async Task Without_a_channel_that_can_be_reached_the_client_is_not_promised_a_message(bool linkChannel, bool install)
    {
        using var app = new NoticesApp(linkChannel: linkChannel);
        if (install)
        {
            await app.PostAsync(NoticesApp.TeamInstall());
        }

        await app.SayAsync("hallo");
        await app.SayAsync("ja");

        var replies = await app.SayAsync("ik denk aan zelfmoord");

        Assert.Contains(replies, r => r.Contains("Die ziet het pas als hij of zij je antwoorden leest.", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains("Ik stuur je hulpverleners", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_background_service_posts_a_queued_notice_once_its_interval_has_passed()
    {
        using var app = new NoticesApp();
        await app.PostAsync(NoticesApp.TeamInstall());
        await SubmitIntakeAsync(app);
        Assert.Empty(app.NoticePosts);

        app.Clock.Advance(TimeSpan.FromDays(1)); // Notices:PollInterval in NoticesApp
        for (var wait = 0; wait < 100 && app.NoticePosts.Count == 0; wait++)
        {
            await Task.Delay(100);
        }

        Assert.Single(app.NoticePosts);
    }

    [Fact]
    public async Task Nothing_is_sent_when_no_channel_is_linked_for_the_organisation()
    {
        using var app = new NoticesApp(linkChannel: false);
        await app.PostAsync(NoticesApp.TeamInstall());
        var record = await SubmitIntakeAsync(app);

        Assert.Equal(0, await app.Services.GetRequiredService<NoticeDispatcher>().DeliverDueAsync(CancellationToken.None));

        Assert.Empty(app.NoticePosts);
        var notice = await app.Services.GetRequiredService<NoticeOutboxRepository>().FindAsync(record.Id, NoticeKind.Submitted, CancellationToken.None);
        Assert.Equal(NoticeState.Unlinked, notice!.State);
    }

    [Fact]
    public async Task A_channel_that_answers_403_marks_the_notice_failed_with_a_log_line_and_it_is_not_tried_again()
    {
        using var app = new NoticesApp();
        await app.PostAsync(NoticesApp.TeamInstall());
        var record = await SubmitIntakeAsync(app);
        app.ChannelResponses.Enqueue(() => NoticesApp.Status(HttpStatusCode.Forbidden));
        var dispatcher = app.Services.GetRequiredService<NoticeDispatcher>();

        await dispatcher.DeliverDueAsync(CancellationToken.None);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await dispatcher.DeliverDueAsync(CancellationToken.None);

        Assert.Single(app.NoticePosts);
        var notice = await app.Services.GetRequiredService<NoticeOutboxRepository>().FindAsync(record.Id, NoticeKind.Submitted, CancellationToken.None);
        Assert.Equal((NoticeState.Failed, 403), (notice!.State, notice.LastStatus));
        Assert.Contains(app.Logs.Lines, l => l.Contains("failed for good", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_turn_that_runs_again_on_the_state_it_started_from_queues_nothing_twice()
    {
        using var app = new NoticesApp();
        var record = await SubmitIntakeAsync(app);
        var hook = app.Services.GetServices<ITurnHook>().OfType<NoticeTurnHook>().Single();

        // Twice, as a retried turn would: each time on a state that does not remember the first.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var state = new ConversationState();
            state.Set(IntakeSession.RecordKey, record);
            await hook.AfterTurnAsync(new TurnHookContext("msteams/conversations/x", new GesprekBot.Bot.Protocol.Activity()), state, new TurnResult([], default, false), CancellationToken.None);
        }

        await using var connection = await app.Services.GetRequiredService<StorageDatabase>().OpenAsync(CancellationToken.None);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM notice_outbox WHERE intake_id = @id;", new { id = record.Id }));
    }

    internal static async Task<IntakeRecord> SubmitIntakeAsync(NoticesApp app)
    {
        string[] answers = ["hallo", "ja", "Zoltan", "alleen", TypedSentence, "ja"];
        foreach (var answer in answers)
        {
            await app.SayAsync(answer);
        }

        var next = "overslaan";
        for (var turn = 0; turn < 80; turn++)
        {
            var replies = await app.SayAsync(next);
            if (replies.Any(r => r.StartsWith("Klaar! Je code is ", StringComparison.Ordinal)))
            {
                break;
            }

            next = replies.Contains("Klopt dit?") ? "ja" : "overslaan";
        }

        var intakes = app.Services.GetRequiredService<IIntakeRepository>();
        var id = Assert.Single(await intakes.IdsAfterAsync(null, 10));
        var record = await intakes.FindAsync(id);
        Assert.Equal(IntakeStatus.Submitted, record!.Status);
        return record;
    }
}
