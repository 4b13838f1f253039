namespace GesprekBot.Language;

/// <summary>What a reply to "Hoe wil je dat ik je noem?" is.</summary>
public enum NameReplyKind
{
    /// <summary>A name to call the client by (see <see cref="NameReply.Unsure"/>).</summary>
    Name,

    /// <summary>A question back ("waarom wil je dat weten?", "moet dat?"): never a name.</summary>
    Question,

    /// <summary>The client does not want to give a name ("liever niet", "nee", "skip").</summary>
    Skip,

    /// <summary>Something else: a greeting alone, a yes, a sentence without a name.</summary>
    NotAName,
}

/// <summary>The outcome of <see cref="NameRecognizer.Recognize"/>.</summary>
/// <param name="Kind">What the reply is.</param>
/// <param name="Name">With <see cref="NameReplyKind.Name"/>: the name, capitalised as a name.</param>
/// <param name="Unsure">
/// The name may not be one (an ordinary word such as "Test" or "Schat", digits, more than three
/// words, a question mark): check back before keeping it.
/// </param>
public sealed record NameReply(NameReplyKind Kind, string? Name = null, bool Unsure = false)
{
    internal static readonly NameReply None = new(NameReplyKind.NotAName);

    /// <summary>True for a name that needs no check.</summary>
    public bool IsSureName => Kind == NameReplyKind.Name && !Unsure;
}
