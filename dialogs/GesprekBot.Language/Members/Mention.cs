namespace GesprekBot.Language.Members;

/// <summary>A member found in the tokens, with the token range it covers (working state of the recognizer).</summary>
internal sealed class Mention(int start, int end, RecognizedMember member)
{
    public int Start { get; } = start;

    public int End { get; } = end;

    public RecognizedMember Member { get; } = member;

    public bool Ended { get; set; }
}
