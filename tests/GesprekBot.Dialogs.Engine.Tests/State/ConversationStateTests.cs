using System.Text.Json;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Dialogs.Engine.Tests.State;

public class ConversationStateTests
{
    private sealed record Member(string Name, int Ring, decimal Score, IReadOnlyList<string> Tags);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_NothingStored_GivesEmptyStateWithoutReset(string? json)
    {
        var state = ConversationState.Parse(json);

        Assert.Empty(state.Stack);
        Assert.Empty(state.Keys);
        Assert.False(state.WasReset);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"format\":1,\"stack\":[{\"version\":1,\"state\":{}}]}")]
    [InlineData("{\"format\":99,\"stack\":[]}")]
    [InlineData("\"just a string\"")]
    public void Parse_CorruptJson_GivesEmptyStateFlaggedAsReset(string json)
    {
        var state = ConversationState.Parse(json);

        Assert.Empty(state.Stack);
        Assert.True(state.WasReset);
    }

    [Fact]
    public void TypedValues_SurviveJsonRoundTrip_WithTheirTypes()
    {
        var state = new ConversationState();
        state.Set("member", new Member("Tom", 2, 7.5m, ["neef", "buur"]));
        state.Set("count", 3);
        state.Set("big", 5_000_000_000L);

        var reloaded = ConversationState.Parse(state.ToJson());

        Assert.Equal(new Member("Tom", 2, 7.5m, ["neef", "buur"]).Name, reloaded.Get<Member>("member")!.Name);
        Assert.Equal(["neef", "buur"], reloaded.Get<Member>("member")!.Tags);
        Assert.Equal(7.5m, reloaded.Get<Member>("member")!.Score);
        Assert.Equal(3, reloaded.Get<int>("count"));
        Assert.Equal(5_000_000_000L, reloaded.Get<long>("big"));
        Assert.False(reloaded.WasReset);
    }

    [Fact]
    public void Get_MissingKey_GivesDefault()
    {
        var state = new ConversationState();

        Assert.Null(state.Get<string>("missing"));
        Assert.Equal(0, state.Get<int>("missing"));
        Assert.False(state.TryGet<int>("missing", out _));
    }

    [Fact]
    public void TryGet_ValueOfAnotherShape_ReturnsFalseInsteadOfThrowing()
    {
        var state = new ConversationState();
        state.Set("name", "Tom");

        Assert.False(state.TryGet<int>("name", out _));
        Assert.Throws<JsonException>(() => state.Get<int>("name"));
    }

    [Fact]
    public void Remove_TakesTheValueAway()
    {
        var state = new ConversationState();
        state.Set("consent", true);

        Assert.True(state.Remove("consent"));
        Assert.False(state.Remove("consent"));
        Assert.False(ConversationState.Parse(state.ToJson()).TryGet<bool>("consent", out _));
    }

    [Fact]
    public void Stack_SurvivesJsonRoundTrip_WithVersionOptionsAndState()
    {
        var state = new ConversationState();
        state.Push(new DialogFrame("intake", 3, JsonDocument.Parse("{\"mode\":\"client\"}").RootElement, JsonDocument.Parse("{\"index\":2}").RootElement));

        var frame = Assert.Single(ConversationState.Parse(state.ToJson()).Stack);

        Assert.Equal("intake", frame.DialogId);
        Assert.Equal(3, frame.Version);
        Assert.Equal("client", frame.Options!.Value.GetProperty("mode").GetString());
        Assert.Equal(2, frame.State.GetProperty("index").GetInt32());
    }
}
