using System.Text.Json;

namespace GesprekBot.Dialogs.Engine;

/// <summary>The outcome of beginning, continuing or resuming a dialog.</summary>
/// <param name="Status">Whether a dialog waits, ended, was cancelled, or none ran.</param>
/// <param name="Result">The ended dialog's result as JSON, when it returned one.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonElement? Result = null)
{
    /// <summary>A dialog waits for the user.</summary>
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    /// <summary>No dialog ran.</summary>
    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);

    /// <summary>The dialogs were cancelled.</summary>
    public static DialogTurnResult Cancelled { get; } = new(DialogTurnStatus.Cancelled);

    /// <summary>Reads the result as <typeparamref name="T"/>; default when there is none.</summary>
    public T? ResultAs<T>() => DialogJson.FromElement<T>(Result);
}
