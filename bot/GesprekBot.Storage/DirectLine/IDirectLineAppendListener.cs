namespace GesprekBot.Storage.DirectLine;

/// <summary>
/// Told when any instance sharing the PostgreSQL database appended activities to a Direct Line
/// conversation (LISTEN/NOTIFY), so open streams here can fetch them from the table.
/// </summary>
public interface IDirectLineAppendListener
{
    /// <summary>Activities up to <paramref name="lastSequence"/> exist for the conversation.</summary>
    void Appended(string conversationId, long lastSequence);

    /// <summary>The listening connection was (re)established: notifications may have been missed.</summary>
    void Resynchronise();
}
