using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Tests.Support;

namespace GesprekBot.Dialogs.Engine.Tests.Testing;

public class TranscriptTestTests
{
    private static TranscriptTest Transcript(string? state = null) => new(ProfileBot.CreateEngine(), state);

    [Fact]
    public async Task WrongText_FailsWithTheTranscriptSoFar()
    {
        var error = await Assert.ThrowsAsync<TranscriptAssertionException>(() =>
            Transcript().Row("hoi", "Hoe heet je?").Row("Tom", "Hoe oud is je kat?").AssertAsync());

        Assert.Contains("Hoe oud is je kat?", error.Message, StringComparison.Ordinal);
        Assert.Contains("user: Tom", error.Message, StringComparison.Ordinal);
        Assert.Contains("bot:  Hoe heet je?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadReply_FailsAtTheNextUserTurn()
    {
        var error = await Assert.ThrowsAsync<TranscriptAssertionException>(() =>
            Transcript().UserSays("hoi").UserSays("Tom").AssertAsync());

        Assert.Contains("Hoe heet je?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadReply_FailsAtTheEnd()
    {
        await Assert.ThrowsAsync<TranscriptAssertionException>(() => Transcript().UserSays("hoi").AssertAsync());
    }

    [Fact]
    public async Task MissingReply_Fails()
    {
        await Assert.ThrowsAsync<TranscriptAssertionException>(() =>
            Transcript().Row("hoi", "Hoe heet je?", "Welkom!").AssertAsync());
    }

    [Fact]
    public async Task BotSaysContaining_ChecksAFragment()
    {
        await Transcript().UserSays("hoi").BotSaysContaining("heet").AssertAsync();
        await Assert.ThrowsAsync<TranscriptAssertionException>(() =>
            Transcript().UserSays("hoi").BotSaysContaining("leeftijd").AssertAsync());
    }

    [Fact]
    public async Task BotOffers_ComparesButtonsInOrder()
    {
        var toConfirm = Transcript().Row("hoi", "Hoe heet je?").Row("Tom", "Hoe oud ben je?").UserSays("34").BotSays("Tom, 34 jaar. Klopt dat?");

        await Assert.ThrowsAsync<TranscriptAssertionException>(() => toConfirm.BotOffers("Nee", "Ja").AssertAsync());
    }

    [Fact]
    public async Task ConversationEnds_FailsWhileADialogWaits()
    {
        await Assert.ThrowsAsync<TranscriptAssertionException>(() =>
            Transcript().Row("hoi", "Hoe heet je?").ConversationEnds().AssertAsync());
    }

    [Fact]
    public async Task EveryTurn_StartsFromStateReadBackFromJson()
    {
        // A reset flag only survives within one in-memory state object; reading back from JSON clears it.
        await Transcript("corrupt{")
            .Row("hoi", "Hoe heet je?")
            .Then((result, _) => Assert.True(result.StateWasReset))
            .Row("Tom", "Hoe oud ben je?")
            .Then((result, _) => Assert.False(result.StateWasReset))
            .AssertAsync();
    }

    [Fact]
    public async Task AssertAsync_ReturnsTheSavedState()
    {
        var state = await Transcript().Row("hoi", "Hoe heet je?").Row("Tom", "Hoe oud ben je?").AssertAsync();

        Assert.Equal(["profile", "age"], state.Stack.Select(f => f.DialogId));
    }

    [Fact]
    public async Task Script_RunsATextTable()
    {
        await Transcript().Script("""
            # the happy path
            start
            bot: Hoe heet je?
            user: Tom
            bot: Hoe oud ben je?
            user: 34
            bot~: 34 jaar
            buttons: Ja | Nee
            user: ja
            bot*
            """).ConversationEnds().AssertAsync();
    }

    [Fact]
    public async Task Script_ChecksWhatItSays()
    {
        await Assert.ThrowsAsync<TranscriptAssertionException>(() => Transcript().Script("""
            user: hoi
            bot: Hoe oud ben je?
            """).AssertAsync());
    }

    [Fact]
    public void Script_UnknownLine_IsAFormatError()
    {
        Assert.Throws<FormatException>(() => Transcript().Script("gebruiker: hoi"));
    }
}
