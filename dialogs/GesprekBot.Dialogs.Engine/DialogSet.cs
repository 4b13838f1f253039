namespace GesprekBot.Dialogs.Engine;

/// <summary>The registry of dialogs by id; the stack refers to dialogs only by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> dialogs = new(StringComparer.Ordinal);

    /// <summary>Creates a set holding <paramref name="dialogs"/> and their child dialogs.</summary>
    public DialogSet(params IEnumerable<Dialog> dialogs)
    {
        foreach (var dialog in dialogs)
        {
            Add(dialog);
        }
    }

    /// <summary>The registered dialogs.</summary>
    public IEnumerable<Dialog> Dialogs => dialogs.Values;

    /// <summary>
    /// Registers a dialog and, recursively, its <see cref="Dialog.ChildDialogs"/>. Registering the same
    /// instance twice is harmless (shared prompts); another dialog with a taken id is an error.
    /// </summary>
    /// <exception cref="ArgumentException">Another dialog already uses the id.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (dialogs.TryGetValue(dialog.Id, out var existing))
        {
            return ReferenceEquals(existing, dialog)
                ? this
                : throw new ArgumentException($"Another dialog is already registered as '{dialog.Id}'.", nameof(dialog));
        }

        dialogs.Add(dialog.Id, dialog);
        foreach (var child in dialog.ChildDialogs)
        {
            Add(child);
        }

        return this;
    }

    /// <summary>The dialog registered as <paramref name="id"/>, or null.</summary>
    public Dialog? Find(string id) => dialogs.GetValueOrDefault(id);

    /// <summary>The dialog registered as <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No dialog has that id.</exception>
    public Dialog Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"No dialog is registered as '{id}'.");
}
