using System.Text.Json;
using GesprekBot.Bot.Tests.Protocol.Cards;

namespace GesprekBot.Bot.Tests.Channels.Teams;

/// <summary>
/// Teams payloads replayed through /api/messages with channel authentication on, the real turn
/// pipeline and the real dialogs; the stub connector shows where each reply went, with which token.
/// </summary>
public sealed class TeamsReplayTests : IDisposable
{
    private const string PersonalChat = "a:1pErSoNaLcHaT-ann-and-gesprekbot";
    private const string PersonalChatInUrl = "a%3A1pErSoNaLcHaT-ann-and-gesprekbot";
    private const string Commands = "Typ \"terug\" om terug te gaan, \"overslaan\" om de vraag over te slaan, \"pauze\" om later verder te doen, of \"opnieuw\" om opnieuw te beginnen.";

    // The tenant is allowed by name, so every test here also passes the tenant gate for real.
    private readonly TeamsBot bot = new(new() { ["Teams:AllowedTenants:0"] = TeamsBot.Tenant });

    public void Dispose() => bot.Dispose();

    private static string Message(string id, string text) =>
        TeamsBot.Payload("personal-message.json", ("id", id), ("text", text));

    private static string Submit(string id, string answer, string questionId, string replyToId) =>
        TeamsBot.Payload("personal-card-submit.json", ("id", id), ("answer", answer), ("questionId", questionId), ("replyToId", replyToId));

    private static void AssertSentAsReplyTo(SentReply reply, string conversationInUrl, string activityIdInUrl)
    {
        Assert.Equal(HttpMethod.Post, reply.Request.Method);
        Assert.Equal($"{TeamsBot.ServiceUrl}v3/conversations/{conversationInUrl}/activities/{activityIdInUrl}", reply.Request.Uri.AbsoluteUri);
        Assert.Equal("Bearer " + TeamsBot.BotToken, reply.Request.Authorization);
        Assert.Equal("message", reply.Body.GetProperty("type").GetString());
        Assert.Equal("28:11111111-2222-3333-4444-555555555555", reply.Body.GetProperty("from").GetProperty("id").GetString());
    }

    private static (string QuestionId, IReadOnlyList<string?> Titles) ChoiceCard(SentReply reply)
    {
        Assert.Null(reply.Text);
        Assert.False(reply.Body.TryGetProperty("suggestedActions", out _));
        var card = reply.Card ?? throw new Xunit.Sdk.XunitException("The question came without an Adaptive Card.");
        AdaptiveCard15.AssertValid(card);
        var buttons = reply.Buttons;
        var question = buttons.Select(b => b.Data.GetProperty("questionId").GetString()).Distinct().Single()!;
        Assert.All(buttons, b => Assert.Equal(b.Title, b.Data.GetProperty("answer").GetString()));
        return (question, [.. buttons.Select(b => b.Title)]);
    }

    [Fact]
    public async Task Personal_install_gets_the_welcome_and_the_consent_question_as_a_card_in_the_personal_chat()
    {
        var replies = await bot.ExchangeAsync(TeamsBot.Payload("personal-install.json", ("id", "install-1")));

        Assert.True(replies.Count >= 3, $"{replies.Count} replies");
        Assert.All(replies, r => AssertSentAsReplyTo(r, PersonalChatInUrl, "f%3Ainstall-1"));
        Assert.StartsWith("Hallo, ik ben GesprekBot.", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("29:1Rk8zQ3nV_ann-peeters-teams-user-id", replies[0].Body.GetProperty("recipient").GetProperty("id").GetString());
        var (question, titles) = ChoiceCard(replies[^1]);
        Assert.StartsWith("intake.consent", question, StringComparison.Ordinal);
        Assert.Equal(["Ja", "Nee"], titles);
        Assert.Contains("Mag ik je antwoorden bewaren?", CardText(replies[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personal_message_starts_the_intake_and_a_card_submit_answers_the_question_it_came_with()
    {
        var welcome = await bot.ExchangeAsync(Message("m-1", "hallo"));
        Assert.All(welcome, r => AssertSentAsReplyTo(r, PersonalChatInUrl, "m-1"));
        var (consent, _) = ChoiceCard(welcome[^1]);
        // Teams gives the card message the id the connector answered with; a click names it in replyToId.
        var cardMessageId = $"17646666{welcome.Count:D5}";

        var replies = await bot.ExchangeAsync(Submit("m-2", "Ja", consent, cardMessageId));

        Assert.All(replies, r => AssertSentAsReplyTo(r, PersonalChatInUrl, "m-2"));
        Assert.Equal("Dank je wel. Dan beginnen we.", replies[0].Text);
        Assert.Contains(replies, r => r.Text?.Contains("Hoe wil je dat ik je noem?", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_submit_on_an_old_card_is_kindly_turned_away_and_changes_nothing()
    {
        var welcome = await bot.ExchangeAsync(Message("m-1", "hallo"));
        var (consent, _) = ChoiceCard(welcome[^1]);
        await bot.ExchangeAsync(Submit("m-2", "Ja", consent, "1764666600001"));
        var before = DialogState(await bot.StoredAsync(PersonalChat));

        var replies = await bot.ExchangeAsync(Submit("m-3", "Nee", consent, "1764666600001"));

        Assert.All(replies, r => AssertSentAsReplyTo(r, PersonalChatInUrl, "m-3"));
        Assert.Equal("Die vraag is al beantwoord.", replies[0].Text);
        Assert.Contains("Hoe wil je dat ik je noem?", replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(before, DialogState(await bot.StoredAsync(PersonalChat)));
        // The consent still stands: the intake goes on with the name.
        var next = await bot.ExchangeAsync(Message("m-4", "Ann"));
        Assert.Equal("Fijn je te leren kennen, Ann.", next[0].Text);
    }

    [Fact]
    public async Task A_card_submit_that_Teams_delivers_again_gets_the_same_answer_not_already_answered()
    {
        // Teams re-delivers an activity it got no answer for within ~15 s, with the same id.
        var welcome = await bot.ExchangeAsync(Message("m-1", "hallo"));
        var (consent, _) = ChoiceCard(welcome[^1]);
        var first = await bot.ExchangeAsync(Submit("m-2", "Ja", consent, "1764666600001"));

        var again = await bot.ExchangeAsync(Submit("m-2", "Ja", consent, "1764666600001"));

        Assert.Equal(first.Select(r => r.Text), again.Select(r => r.Text));
        Assert.Equal("Dank je wel. Dan beginnen we.", again[0].Text);
    }

    [Fact]
    public async Task Channel_message_with_an_at_mention_is_answered_in_its_thread_without_the_mention()
    {
        // Shared chats allowed (a team that embeds the bot for its own work): the mention is stripped.
        using var team = new TeamsBot(new() { ["Teams:AllowSharedChats"] = "true" });

        var replies = await team.ExchangeAsync(TeamsBot.Payload("channel-mention.json"));

        // "<at>GesprekBot</at>&nbsp;help" read as "help": the help for no open question, not the welcome.
        Assert.Equal(["Antwoord in je eigen woorden. Kort is ook goed. Er is geen fout antwoord.", Commands], replies.Select(r => r.Text));
        Assert.All(replies, AssertInTheThread);
        Assert.NotNull(await team.StoredAsync("19:4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99@thread.tacv2;messageid=1764666600000"));
    }

    [Fact]
    public async Task In_a_channel_the_intake_is_not_run_and_the_client_is_sent_to_a_personal_chat_with_the_help_lines()
    {
        var replies = await bot.ExchangeAsync(TeamsBot.Payload("channel-mention.json"));

        var refusal = Assert.Single(replies);
        AssertInTheThread(refusal);
        Assert.StartsWith("Hier lezen alle leden van dit gesprek mee.", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("Bel 112", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("1813", refusal.Text, StringComparison.Ordinal);
        Assert.Null(await bot.StoredAsync("19:4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99@thread.tacv2;messageid=1764666600000"));
    }

    private static void AssertInTheThread(SentReply r)
    {
        AssertSentAsReplyTo(r, "19%3A4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99%40thread.tacv2%3Bmessageid%3D1764666600000", "1764666600000");
        var conversation = r.Body.GetProperty("conversation");
        Assert.Equal("19:4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99@thread.tacv2;messageid=1764666600000", conversation.GetProperty("id").GetString());
        Assert.Equal("channel", conversation.GetProperty("conversationType").GetString());
        Assert.Equal("1764666600000", r.Body.GetProperty("replyToId").GetString());
        Assert.Equal("29:1CaSeWoRkEr-els-teams-user-id", r.Body.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_message_from_a_tenant_that_is_not_allowed_gets_a_polite_refusal_and_nothing_is_stored()
    {
        using var other = new TeamsBot(new() { ["Teams:AllowedTenants:0"] = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a" });

        var replies = await other.ExchangeAsync(Message("m-1", "hallo, ik heet Ann en ik woon in Gent"));

        var refusal = Assert.Single(replies);
        AssertSentAsReplyTo(refusal, PersonalChatInUrl, "m-1");
        Assert.StartsWith("Sorry, GesprekBot werkt niet in de Teams van jouw organisatie.", refusal.Text, StringComparison.Ordinal);
        Assert.Null(await other.StoredAsync(PersonalChat));
    }

    [Fact]
    public async Task Without_allowed_tenants_every_tenant_may_talk()
    {
        using var open = new TeamsBot();

        var replies = await open.ExchangeAsync(Message("m-1", "hallo"));

        Assert.StartsWith("Hallo, ik ben GesprekBot.", replies[0].Text, StringComparison.Ordinal);
        Assert.NotNull(await open.StoredAsync(PersonalChat));
    }

    /// <summary>The conversation's dialog state without the host's own bookkeeping ("host.*" values, e.g. when a notice channel was last checked).</summary>
    private static string? DialogState(Dialogs.Engine.State.StoreItem? item)
    {
        if (item is null)
        {
            return null;
        }

        var state = Dialogs.Engine.State.ConversationState.Parse(JsonDocument.Parse(item.Json).RootElement.GetProperty("dialogState").GetString());
        foreach (var key in state.Keys.Where(k => k.StartsWith("host.", StringComparison.Ordinal)).ToList())
        {
            state.Remove(key);
        }

        return state.ToJson();
    }

    private static string CardText(SentReply reply) => string.Join(
        "\n",
        reply.Card!.Value.GetProperty("body").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "RichTextBlock")
            .SelectMany(b => b.GetProperty("inlines").EnumerateArray().Select(r => r.GetProperty("text").GetString())));
}
