using System.Text.Json;

namespace GesprekBot.Dialogs.Engine.State;

/// <summary>One entry of the dialog stack: which dialog runs, at which version, and its state.</summary>
public sealed class DialogFrame
{
    /// <summary>Creates a frame.</summary>
    /// <param name="dialogId">The id the dialog is registered under.</param>
    /// <param name="version">The dialog's version when the frame was written.</param>
    /// <param name="options">The options the dialog was begun with, kept so it can be restarted.</param>
    /// <param name="state">The dialog's own state.</param>
    public DialogFrame(string dialogId, int version, JsonElement? options, JsonElement state)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        DialogId = dialogId;
        Version = version;
        Options = options;
        State = state;
    }

    /// <summary>The id the dialog is registered under.</summary>
    public string DialogId { get; }

    /// <summary>The dialog's version when this frame's state was written.</summary>
    public int Version { get; internal set; }

    /// <summary>The options the dialog was begun with (JSON), or null.</summary>
    public JsonElement? Options { get; }

    /// <summary>The dialog's own state as JSON; an empty object when it stored nothing.</summary>
    public JsonElement State { get; set; }

    internal DialogFrame Copy() => new(DialogId, Version, Options?.Clone(), State.Clone());
}
