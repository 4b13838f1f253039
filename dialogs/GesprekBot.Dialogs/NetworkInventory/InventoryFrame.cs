using System.Text.Json;
using GesprekBot.Dialogs.Engine;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>
/// What the inventory stores in its dialog frame: the state, and the state before each recent
/// question (newest last) so "terug" can return to the previous question.
/// </summary>
internal sealed record InventoryFrame(InventoryState State, IReadOnlyList<InventoryState> History)
{
    /// <summary>How many earlier questions "terug" can reach; bounds the stored frame's size.</summary>
    public const int MaxHistory = 12;

    public static InventoryFrame Read(JsonElement state) =>
        state.Deserialize<InventoryFrame>(DialogJson.Options) ?? throw new JsonException("The inventory frame is null.");

    public JsonElement ToElement() => DialogJson.ToElement(this);

    /// <summary>Remembers <paramref name="before"/>, the state before the question now asked.</summary>
    public InventoryFrame Push(InventoryState before, InventoryState now)
    {
        var history = History.Count >= MaxHistory ? History.Skip(History.Count - MaxHistory + 1) : History;
        return new InventoryFrame(now, [.. history, before]);
    }

    /// <summary>The frame as it was before the last question asked, or null when none was asked.</summary>
    public InventoryFrame? LastQuestion() =>
        History.Count >= 1 ? new InventoryFrame(History[^1], [.. History.Take(History.Count - 1)]) : null;

    /// <summary>The frame as it was before the previous question, or null when there is none.</summary>
    public InventoryFrame? Previous() =>
        History.Count >= 2 ? new InventoryFrame(History[^2], [.. History.Take(History.Count - 2)]) : null;
}
