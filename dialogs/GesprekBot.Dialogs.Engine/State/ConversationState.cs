using System.Text.Json;

namespace GesprekBot.Dialogs.Engine.State;

/// <summary>
/// Everything the engine remembers about one conversation: the dialog stack and
/// conversation-scoped typed values. The host loads it before a turn and saves it after.
/// </summary>
public sealed partial class ConversationState
{
    private readonly List<DialogFrame> stack = [];
    private readonly Dictionary<string, JsonElement> values = new(StringComparer.Ordinal);

    /// <summary>An empty conversation.</summary>
    public ConversationState()
    {
    }

    /// <summary>The dialog stack, bottom (the root dialog) first, the active dialog last.</summary>
    public IReadOnlyList<DialogFrame> Stack => stack;

    /// <summary>The active dialog's frame, or null when no dialog runs.</summary>
    public DialogFrame? ActiveFrame => stack.Count == 0 ? null : stack[^1];

    /// <summary>True when the stored JSON could not be read and this state started empty instead.</summary>
    public bool WasReset { get; private set; }

    /// <summary>The names of the stored conversation values.</summary>
    public IReadOnlyCollection<string> Keys => values.Keys;

    /// <summary>Reads a value; the default of <typeparamref name="T"/> when it is not set.</summary>
    /// <exception cref="JsonException">The stored value does not fit <typeparamref name="T"/>.</exception>
    public T? Get<T>(string key) => values.TryGetValue(key, out var json) ? DialogJson.FromElement<T>(json) : default;

    /// <summary>Reads a value if it is set and fits <typeparamref name="T"/>.</summary>
    public bool TryGet<T>(string key, out T? value)
    {
        value = default;
        if (!values.TryGetValue(key, out var json))
        {
            return false;
        }

        try
        {
            value = DialogJson.FromElement<T>(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Stores a value as JSON right away, so what is read back is what a reload would give.</summary>
    public void Set<T>(string key, T value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        values[key] = DialogJson.ToElement(value);
    }

    /// <summary>Removes a value; false when it was not set.</summary>
    public bool Remove(string key) => values.Remove(key);

    /// <summary>The conversation value holding the number of the last question a prompt asked.</summary>
    public const string QuestionNumberKey = "dialog.question";

    /// <summary>
    /// Numbers a new question. Numbers only grow within a conversation; the first one is taken from
    /// the clock (seconds), so a conversation that starts over on fresh state (erased, reset) does not
    /// give a new question the number of one asked before.
    /// </summary>
    internal long NextQuestionNumber(DateTimeOffset now)
    {
        var next = TryGet<long>(QuestionNumberKey, out var last) && last > 0 ? last + 1 : Math.Max(1, now.ToUnixTimeSeconds());
        Set(QuestionNumberKey, next);
        return next;
    }

    internal void Push(DialogFrame frame) => stack.Add(frame);

    internal DialogFrame Pop()
    {
        var top = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        return top;
    }

    internal void TruncateStack(int count) => stack.RemoveRange(count, stack.Count - count);

    internal void ClearStack() => stack.Clear();

    /// <summary>Puts this instance back to a copy of <paramref name="other"/> (rollback after a failed turn).</summary>
    internal void RestoreFrom(ConversationState other)
    {
        stack.Clear();
        stack.AddRange(other.stack.Select(f => f.Copy()));
        values.Clear();
        foreach (var (key, value) in other.values)
        {
            values[key] = value.Clone();
        }
    }
}
