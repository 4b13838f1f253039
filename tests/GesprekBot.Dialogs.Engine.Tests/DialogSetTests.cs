using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Waterfall;

namespace GesprekBot.Dialogs.Engine.Tests;

public class DialogSetTests
{
    [Fact]
    public void Add_RegistersChildDialogsRecursively()
    {
        var inner = new WaterfallDialog<object>("inner").AddDialog(new TextPrompt("text"));
        var outer = new WaterfallDialog<object>("outer").AddDialog(inner);

        var set = new DialogSet(outer);

        Assert.Same(inner, set.Find("inner"));
        Assert.IsType<TextPrompt>(set.Find("text"));
        Assert.Null(set.Find("missing"));
        Assert.Throws<KeyNotFoundException>(() => set.Get("missing"));
    }

    [Fact]
    public void Add_SameInstanceTwice_IsHarmless()
    {
        var shared = new TextPrompt("text");
        var set = new DialogSet(
            new WaterfallDialog<object>("a").AddDialog(shared),
            new WaterfallDialog<object>("b").AddDialog(shared));

        Assert.Same(shared, set.Find("text"));
    }

    [Fact]
    public void Add_AnotherDialogWithATakenId_Throws()
    {
        var set = new DialogSet(new NumberPrompt<int>("number") { Max = 10 });

        Assert.Throws<ArgumentException>(() => set.Add(new NumberPrompt<int>("number") { Max = 120 }));
    }
}
