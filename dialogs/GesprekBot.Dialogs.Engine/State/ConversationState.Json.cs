using System.Text.Json;

namespace GesprekBot.Dialogs.Engine.State;

public sealed partial class ConversationState
{
    private const int FormatVersion = 1;

    /// <summary>Serialises the stack and the values to a JSON string for the store.</summary>
    public string ToJson()
    {
        var stored = new StoredConversation(
            FormatVersion,
            [.. stack.Select(f => new StoredFrame(f.DialogId, f.Version, f.Options, f.State))],
            new Dictionary<string, JsonElement>(values, StringComparer.Ordinal));
        return JsonSerializer.Serialize(stored, DialogJson.Options);
    }

    /// <summary>
    /// Reads a state written by <see cref="ToJson"/>. Null or empty text gives an empty state;
    /// text that cannot be read gives an empty state with <see cref="WasReset"/> set, never an exception,
    /// because a user must be able to continue even when their stored state is damaged.
    /// </summary>
    public static ConversationState Parse(string? json)
    {
        var state = new ConversationState();
        if (string.IsNullOrWhiteSpace(json))
        {
            return state;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<StoredConversation>(json, DialogJson.Options);
            if (stored is null || !stored.IsWellFormed())
            {
                state.WasReset = true;
                return state;
            }

            foreach (var frame in stored.Stack!)
            {
                state.stack.Add(new DialogFrame(frame!.Id!, frame.Version, frame.Options, frame.State));
            }

            foreach (var (key, value) in stored.Values ?? [])
            {
                state.values[key] = value;
            }
        }
        catch (JsonException)
        {
            state = new ConversationState { WasReset = true };
        }

        return state;
    }

    private sealed record StoredConversation(
        int Format,
        IReadOnlyList<StoredFrame?>? Stack,
        Dictionary<string, JsonElement>? Values)
    {
        public bool IsWellFormed() =>
            Format == FormatVersion
            && Stack is not null
            && Stack.All(f => f is { Id.Length: > 0, State.ValueKind: not JsonValueKind.Undefined });
    }

    private sealed record StoredFrame(string? Id, int Version, JsonElement? Options, JsonElement State);
}
