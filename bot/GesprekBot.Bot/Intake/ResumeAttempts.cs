using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Intake;

/// <summary>
/// How many resume codes a conversation may try that open nothing: <see cref="MaxFailures"/> in
/// <see cref="Window"/>, then none until the window is over. A code has about 40 bits; unlimited,
/// a script tried about 1,000 a second. With this and the new-chat limit per address (30 a minute)
/// one address gets about 150 tries a minute.
/// </summary>
internal static class ResumeAttempts
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Conversation value: the failures of the current window.</summary>
    internal const string Key = "host.resumeFailures";

    public static bool IsLockedOut(ConversationState state, DateTimeOffset now) =>
        Current(state, now) is { Count: >= MaxFailures };

    public static void RecordFailure(ConversationState state, DateTimeOffset now)
    {
        var current = Current(state, now);
        state.Set(Key, current is null ? new Failures(1, now) : current with { Count = current.Count + 1 });
    }

    /// <summary>The failures of the window still running, or null (none, or the window is over).</summary>
    private static Failures? Current(ConversationState state, DateTimeOffset now) =>
        state.TryGet<Failures>(Key, out var failures) && failures is not null && now - failures.Since < Window ? failures : null;

    internal sealed record Failures(int Count, DateTimeOffset Since);
}
