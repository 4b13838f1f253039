namespace GesprekBot.Dialogs.Engine;

/// <summary>Where the dialog stack stands after a dialog operation.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog ran (the stack was empty).</summary>
    Empty,

    /// <summary>A dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The dialog ended, possibly with a result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}
