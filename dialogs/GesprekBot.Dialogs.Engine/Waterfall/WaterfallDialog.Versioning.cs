using System.Text.Json;

namespace GesprekBot.Dialogs.Engine.Waterfall;

public partial class WaterfallDialog<TState>
{
    /// <summary>
    /// Converts a frame stored by an older version by passing its typed state (and the snapshots
    /// kept for "terug") through <see cref="MigrateValues"/>. The step index is kept, so only
    /// migrate when the steps before it still mean the same; otherwise return null and the waterfall restarts.
    /// </summary>
    public sealed override JsonElement? MigrateState(int fromVersion, JsonElement state)
    {
        var progress = WaterfallProgress.Read(state);
        if (MigrateValues(fromVersion, progress.Values) is not { } values)
        {
            return null;
        }

        var history = new List<StepSnapshot>();
        foreach (var snapshot in progress.History)
        {
            // A snapshot that cannot be converted only costs the user the ability to go back that far.
            if (MigrateValues(fromVersion, snapshot.ValuesBefore) is not { } before)
            {
                history.Clear();
                continue;
            }

            // A kept child is reopened only if its parent's state converts too; otherwise its step reruns.
            history.Add(snapshot.ValuesAfterChild is { } after && MigrateValues(fromVersion, after) is { } migratedAfter
                ? snapshot with { ValuesBefore = before, ValuesAfterChild = migratedAfter }
                : snapshot with { ValuesBefore = before, ValuesAfterChild = null, Child = null });
        }

        return new WaterfallProgress(progress.Index, values, history).ToElement();
    }

    /// <summary>True when the frame is a waterfall frame whose state deserialises into <typeparamref name="TState"/>.</summary>
    public override bool CanReadState(JsonElement state)
    {
        try
        {
            var progress = WaterfallProgress.Read(state);
            return progress.Index >= 0
                && progress.Index < StepCount
                && progress.Values.Deserialize<TState>(DialogJson.Options) is not null;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Converts the typed state record as stored by <paramref name="fromVersion"/> into this version's
    /// shape (edit it with <see cref="System.Text.Json.Nodes.JsonNode"/> or deserialise an old record type);
    /// null, the default, means it cannot be converted and the waterfall restarts.
    /// </summary>
    protected virtual JsonElement? MigrateValues(int fromVersion, JsonElement values) => null;
}
