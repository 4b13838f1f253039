using System.Text.Json;
using System.Text.Json.Nodes;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Tests.Support;
using GesprekBot.Dialogs.Engine.Waterfall;

namespace GesprekBot.Dialogs.Engine.Tests;

public class DialogEngineVersioningTests
{
    private static readonly TextPrompt Text = new("text");

    private sealed record OldShape
    {
        public string? Name { get; init; }

        public string? Age { get; init; }
    }

    private sealed record NewShape
    {
        public string? FirstName { get; init; }

        public int Age { get; init; }
    }

    /// <summary>Version 2 of "q": the state's Name became FirstName, which it knows how to migrate.</summary>
    private sealed class MigratingQuestions : WaterfallDialog<NewShape>
    {
        public MigratingQuestions()
            : base("q", version: 2)
        {
            AddDialog(Text);
            AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Naam?"), ct));
            AddStep((step, ct) =>
            {
                step.State = step.State with { FirstName = step.PromptResult<string>()!.Value };
                return step.PromptAsync("text", PromptOptions.Ask("Leeftijd?"), ct);
            });
            AddStep(async (step, ct) =>
            {
                await step.SendAsync($"v2: {step.State.FirstName}, {step.PromptResult<string>()!.Value}", ct);
                return await step.EndAsync(null, ct);
            });
        }

        protected override JsonElement? MigrateValues(int fromVersion, JsonElement values)
        {
            var node = JsonNode.Parse(values.GetRawText())!.AsObject();
            node["firstName"] = node["name"]?.DeepClone();
            node.Remove("name");
            node.Remove("age");
            return JsonSerializer.SerializeToElement(node);
        }
    }

    private static WaterfallDialog<OldShape> OldQuestions(string id = "q", int version = 1) =>
        new WaterfallDialog<OldShape>(id, version)
            .AddDialog(Text)
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Naam?"), ct))
            .AddStep((step, ct) =>
            {
                step.State = step.State with { Name = step.PromptResult<string>()!.Value, Age = "veertig" };
                return step.PromptAsync("text", PromptOptions.Ask("Leeftijd?"), ct);
            })
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync($"v1: {step.State.Name}", ct);
                return await step.EndAsync(null, ct);
            });

    private static WaterfallDialog<NewShape> NewQuestions(int version) =>
        new WaterfallDialog<NewShape>("q", version)
            .AddDialog(Text)
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Hoe heet je?"), ct))
            .AddStep((step, ct) => step.EndAsync(null, ct));

    private static DialogEngine Engine(Dialog root) => new(new DialogSet(root), root.Id, [NavigationInterceptors.Back], TimeProvider.System);

    private static async Task<string> StateAfterNameAsync(Dialog root)
    {
        var state = await new TranscriptTest(Engine(root)).Row("hoi", "Naam?").Row("Tom", "Leeftijd?").AssertAsync();
        return state.ToJson();
    }

    [Fact]
    public async Task UnknownDialogOnTheStack_ClearsIt_RestartsTheRoot_AndSaysSo()
    {
        var saved = await StateAfterNameAsync(OldQuestions(id: "removed-in-v2"));

        await new TranscriptTest(Engine(NewQuestions(version: 1)), saved)
            .UserSays("34").BotSays("Hoe heet je?")
            .Then((result, state) =>
            {
                Assert.True(result.StateWasReset);
                Assert.Equal(["q", "text"], state.Stack.Select(f => f.DialogId));
            })
            .AssertAsync();
    }

    [Fact]
    public async Task CorruptStateJson_StartsOver_AndSaysSo()
    {
        await new TranscriptTest(Engine(NewQuestions(version: 1)), "{\"stack\": [ oops")
            .UserSays("hoi").BotSays("Hoe heet je?")
            .Then((result, _) => Assert.True(result.StateWasReset))
            .UserSays("Tom")
            .Then((result, _) => Assert.False(result.StateWasReset))
            .AssertAsync();
    }

    [Fact]
    public async Task OlderVersion_WithMigration_ContinuesWhereItWas()
    {
        var saved = await StateAfterNameAsync(OldQuestions());

        await new TranscriptTest(Engine(new MigratingQuestions()), saved)
            .Row("veertig", "v2: Tom, veertig")
            .Then((result, _) => Assert.False(result.StateWasReset || result.DialogRestarted))
            .AssertAsync();
    }

    [Fact]
    public async Task OlderVersion_WithMigration_StoresTheNewVersion_AndBackStillWorks()
    {
        var saved = await StateAfterNameAsync(OldQuestions());

        await new TranscriptTest(Engine(new MigratingQuestions()), saved)
            .StartConversation().BotSays("Leeftijd?")
            .Then((_, state) => Assert.Equal(2, state.Stack[0].Version))
            .Row("terug", "Naam?")
            .Row("An", "Leeftijd?")
            .Row("50", "v2: An, 50")
            .AssertAsync();
    }

    [Fact]
    public async Task OlderVersion_WithoutMigration_RestartsThatDialog()
    {
        var saved = await StateAfterNameAsync(OldQuestions());

        await new TranscriptTest(Engine(NewQuestions(version: 2)), saved)
            .UserSays("34").BotSays("Hoe heet je?")
            .Then((result, state) =>
            {
                Assert.True(result.DialogRestarted);
                Assert.False(result.StateWasReset);
                Assert.Equal(2, state.Stack[0].Version);
            })
            .AssertAsync();
    }

    [Fact]
    public async Task StateThatNoLongerFitsTheRecord_RestartsThatDialog()
    {
        // Same id and version, but the record changed shape: "veertig" is not an int.
        var saved = await StateAfterNameAsync(OldQuestions());

        await new TranscriptTest(Engine(NewQuestions(version: 1)), saved)
            .UserSays("34").BotSays("Hoe heet je?")
            .Then((result, _) => Assert.True(result.DialogRestarted))
            .AssertAsync();
    }

    [Fact]
    public async Task NewerVersionAfterARollback_RestartsThatDialog()
    {
        var saved = await StateAfterNameAsync(OldQuestions(version: 3));

        await new TranscriptTest(Engine(OldQuestions(version: 2)), saved)
            .UserSays("34").BotSays("Naam?")
            .Then((result, _) => Assert.True(result.DialogRestarted))
            .AssertAsync();
    }

    [Fact]
    public async Task OutdatedChild_RestartsWithItsOriginalOptions_AndTheParentCarriesOn()
    {
        static WaterfallDialog<object> Child(int version) => new WaterfallDialog<object>("child", version)
            .AddDialog(Text)
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask($"v{version} vraag over {step.OptionsAs<string>()}?"), ct))
            .AddStep((step, ct) => step.EndAsync(step.PromptResult<string>()!.Value, ct));
        static WaterfallDialog<object> Parent(int childVersion) => new WaterfallDialog<object>("parent")
            .AddDialog(Child(childVersion))
            .AddStep((step, ct) => step.BeginDialogAsync("child", "familie", ct))
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync($"antwoord: {step.ResultAs<string>()}", ct);
                return await step.EndAsync(null, ct);
            });

        var saved = (await new TranscriptTest(Engine(Parent(1))).Row("hoi", "v1 vraag over familie?").AssertAsync()).ToJson();

        await new TranscriptTest(Engine(Parent(2)), saved)
            .Row("ja", "v2 vraag over familie?")
            .Row("ja", "antwoord: ja")
            .ConversationEnds()
            .AssertAsync();
    }

    [Fact]
    public async Task PromptFrameFromAnOlderBuild_WithUnreadableOptions_StartsTheConversationOver()
    {
        var state = new ConversationState();
        state.Push(new DialogFrame("q", 1, null, JsonSerializer.SerializeToElement(new { index = 0, values = new { }, history = Array.Empty<object>() })));
        state.Push(new DialogFrame("text", 0, JsonSerializer.SerializeToElement(new { prompt = 42 }), JsonSerializer.SerializeToElement(new { })));

        await new TranscriptTest(Engine(NewQuestions(version: 1)), state.ToJson())
            .UserSays("Tom").BotSays("Hoe heet je?")
            .Then((result, after) =>
            {
                Assert.True(result.StateWasReset);
                Assert.Equal(["q", "text"], after.Stack.Select(f => f.DialogId));
            })
            .AssertAsync();
    }

    [Fact]
    public async Task MigrationThatThrows_RestartsTheDialog_InsteadOfLockingTheUserOut()
    {
        var saved = await StateAfterNameAsync(OldQuestions());
        var broken = new ThrowingMigration();

        await new TranscriptTest(Engine(broken), saved)
            .UserSays("34").BotSays("Naam?")
            .Then((result, _) => Assert.True(result.DialogRestarted))
            .AssertAsync();
    }

    [Fact]
    public async Task PromptWithUnreadableAttemptCount_IsAskedAgain()
    {
        var saved = await StateAfterNameAsync(OldQuestions());
        var state = ConversationState.Parse(saved);
        state.ActiveFrame!.State = JsonSerializer.SerializeToElement(new { attempts = "twee" });

        await new TranscriptTest(Engine(OldQuestions()), state.ToJson())
            .UserSays("34").BotSays("Leeftijd?")
            .Then((result, _) => Assert.True(result.DialogRestarted))
            .Row("40", "v1: Tom")
            .AssertAsync();
    }

    [Fact]
    public async Task PromptWithUnreadableOptions_StartsTheConversationOver()
    {
        var state = ConversationState.Parse(await StateAfterNameAsync(OldQuestions()));
        state.Pop();
        state.Push(new DialogFrame("text", 1, JsonSerializer.SerializeToElement(new { prompt = new { text = 5 } }), JsonSerializer.SerializeToElement(new { attempts = 0 })));

        await new TranscriptTest(Engine(OldQuestions()), state.ToJson())
            .UserSays("34").BotSays("Naam?")
            .Then((result, _) => Assert.True(result.StateWasReset))
            .AssertAsync();
    }

    /// <summary>Version 2 whose migration has a bug.</summary>
    private sealed class ThrowingMigration : WaterfallDialog<OldShape>
    {
        public ThrowingMigration()
            : base("q", version: 2)
        {
            AddDialog(Text);
            AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Naam?"), ct));
            AddStep((step, ct) => step.EndAsync(null, ct));
        }

        protected override JsonElement? MigrateValues(int fromVersion, JsonElement values) =>
            JsonSerializer.SerializeToElement(JsonNode.Parse(values.GetRawText())!["age"]!.GetValue<int>());
    }

    [Fact]
    public async Task RestartThatFailsHalfway_StartsOver_WithoutItsHalfSentReplies()
    {
        var dialog = new WaterfallDialog<object>("opts", version: 2)
            .AddDialog(Text)
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync("Welkom", ct);
                return await step.PromptAsync("text", PromptOptions.Ask($"Getal {step.OptionsAs<int>()}?"), ct);
            });
        var state = new ConversationState();
        state.Push(new DialogFrame("opts", 1, JsonSerializer.SerializeToElement("abc"), JsonSerializer.SerializeToElement(new { })));

        await new TranscriptTest(Engine(dialog), state.ToJson())
            .Row("x", "Welkom", "Getal 0?")
            .Then((result, _) => Assert.True(result.StateWasReset))
            .AssertAsync();
    }
}
