namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>The outcome of recognising user text as a <typeparamref name="T"/>.</summary>
/// <param name="Succeeded">Whether the text was understood.</param>
/// <param name="Value">The value understood; meaningless when not <paramref name="Succeeded"/>.</param>
public readonly record struct Recognition<T>(bool Succeeded, T? Value);

/// <summary>Creates <see cref="Recognition{T}"/> values.</summary>
public static class Recognition
{
    /// <summary>The text was understood as <paramref name="value"/>.</summary>
    public static Recognition<T> Success<T>(T value) => new(true, value);

    /// <summary>The text was not understood.</summary>
    public static Recognition<T> Failed<T>() => default;
}
