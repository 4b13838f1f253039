using System.Text.Json;
using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Invites;
using GesprekBot.Bot.Tests.Protocol;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Bot.Tests.Storage.Accounts;
using GesprekBot.Bot.Tests.Storage.Intakes;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Invites;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Bot.Tests.Intake;

/// <summary>
/// review-app §3: a mistyped invite link fell back silently, while the client was told their
/// caseworker would read it. Through the real pipeline, engine, hooks, invite store and SQLite.
/// </summary>
public sealed class InviteTurnHookTests : IDisposable
{
    private const string Consent = "Mag ik je antwoorden bewaren?";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory directory = new();
    private readonly FakeTimeProvider clock = new(Now);
    private readonly ActivityProcessor processor;
    private readonly IIntakeRepository repository;
    private readonly InviteStore invites;
    private int activityNumber;

    public InviteTurnHookTests()
    {
        var store = StorageTestFactory.CreateSqliteStore(directory.Path);
        var parts = new IntakeHostParts(store, clock, directory.Path);
        repository = parts.Repository;
        invites = new InviteStore(new InviteRepository(parts.Database, TestDatabase.SqliteProtector(directory.Path)), clock);
        ITurnHook[] hooks =
        [
            parts.Hook,
            new InviteTurnHook(invites, NullLogger<InviteTurnHook>.Instance),
        ];
        processor = new ActivityProcessor(store, GesprekBotDialogs.CreateEngine(clock), new ConversationLocks(), hooks, NullLogger<ActivityProcessor>.Instance);
    }

    [Fact]
    public async Task An_unknown_invite_on_the_chat_page_start_is_told_before_the_consent_question()
    {
        var replies = await JoinAsync("c1", "ABCD");

        Assert.Equal(4, replies.Count);
        Assert.Equal(
            "Ik ken de uitnodigingscode ABCD niet. Je kan toch verder: je antwoorden komen dan bij de dienst terecht, niet bij een vaste hulpverlener. Klopt de code niet? Vraag je hulpverlener om een nieuwe link.",
            replies[2]);
        Assert.StartsWith(Consent, replies[3], StringComparison.Ordinal);

        await SayAsync("c1", "ja");
        var record = await repository.FindAsync(Assert.Single(await repository.AllAsync()).Id);
        Assert.Null(record?.InviteCode);
    }

    [Fact]
    public async Task An_unknown_invite_on_a_first_message_is_told_once()
    {
        var first = await SayAsync("c1", "hallo", invite: "BESTAATNIET");
        var second = await SayAsync("c1", "wat?", invite: "BESTAATNIET");

        Assert.Contains(first, r => r.StartsWith("Ik ken de uitnodigingscode BESTAATNIET niet.", StringComparison.Ordinal));
        Assert.True(first.ToList().FindIndex(r => r.StartsWith("Ik ken", StringComparison.Ordinal)) < first.ToList().FindIndex(r => r.Contains(Consent, StringComparison.Ordinal)));
        Assert.DoesNotContain(second, r => r.Contains("uitnodigingscode", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_invite_is_told_in_english_to_an_english_chat()
    {
        var replies = await JoinAsync("c1", "ABCD", locale: "en-GB");

        Assert.Equal(
            "I do not know the invite code ABCD. You can still go on: your answers then go to the service, not to one fixed social worker. Is the code wrong? Ask your social worker for a new link.",
            replies[2]);
    }

    [Fact]
    public async Task An_invite_that_is_not_shaped_like_a_code_is_not_echoed()
    {
        var replies = await SayAsync("c1", "hallo", invite: "<img src=x onerror=alert(1)>");

        Assert.Contains(replies, r => r.StartsWith("Ik ken die uitnodigingscode niet.", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains("<img", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_known_invite_on_the_first_conversation_update_is_kept_without_a_notice()
    {
        var invite = await invites.CreateAsync(new ReviewUser("u1", "An", "CAW Oost", IsAdmin: false), CancellationToken.None);

        var replies = await JoinAsync("c1", invite.Code);
        await SayAsync("c1", "ja");

        Assert.DoesNotContain(replies, r => r.Contains("uitnodigingscode", StringComparison.Ordinal));
        var record = await repository.FindAsync(Assert.Single(await repository.AllAsync()).Id);
        Assert.Equal(invite.Code, record?.InviteCode);
    }

    [Fact]
    public async Task A_known_invite_in_a_message_is_kept_as_the_invite_spells_it()
    {
        var invite = await invites.CreateAsync(new ReviewUser("u1", "An", "CAW Oost", IsAdmin: false), CancellationToken.None);

        await SayAsync("c1", "hallo", invite: invite.Code.ToLowerInvariant());
        await SayAsync("c1", "ja");

        var record = await repository.FindAsync(Assert.Single(await repository.AllAsync()).Id);
        Assert.Equal(invite.Code, record?.InviteCode);
    }

    public void Dispose() => directory.Dispose();

    private async Task<IReadOnlyList<string>> JoinAsync(string conversation, string invite, string locale = "nl-BE")
    {
        var joined = Activity(conversation, string.Empty, invite);
        joined.Type = ActivityTypes.ConversationUpdate;
        joined.Text = null;
        joined.Locale = locale;
        joined.MembersAdded = [new ChannelAccount { Id = "user-1" }];
        var replies = await processor.ProcessAsync(joined, CancellationToken.None);
        return [.. replies.Select(r => r.Text ?? string.Empty)];
    }

    private async Task<IReadOnlyList<string>> SayAsync(string conversation, string text, string? invite = null)
    {
        var replies = await processor.ProcessAsync(Activity(conversation, text, invite), CancellationToken.None);
        return [.. replies.Select(r => r.Text ?? string.Empty)];
    }

    private Activity Activity(string conversation, string text, string? invite)
    {
        var activity = TestActivities.Message("webchat", text, $"act-{++activityNumber}");
        activity.Conversation = new ConversationAccount { Id = conversation };
        if (invite is not null)
        {
            activity.ChannelData = JsonSerializer.SerializeToElement(new { invite });
        }

        return activity;
    }
}
