namespace GesprekBot.Language.Text;

/// <summary>What a token is: a word, a list separator (",", "&amp;", "+", "/") or a sentence break.</summary>
internal enum TokenKind
{
    Word,
    ListSeparator,
    SentenceBreak,
}

/// <summary>One token of client text, with its matching form and where it stands in the original.</summary>
internal readonly record struct Token(TokenKind Kind, string Norm, int Start, int Length, bool Capitalised)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsDigits => Norm.Length > 0 && char.IsAsciiDigit(Norm[0]);
}
