using GesprekBot.Language.Members;
using GesprekBot.Language.Members.Lexicon;
using GesprekBot.Language.Text;

namespace GesprekBot.Language;

/// <summary>
/// Recognises the members of a client's network in free Flemish text: "mijn mama, mijn broer Tom
/// en de buurvrouw" gives three members (moeder, broer "Tom", buur). Handles Flemish forms
/// ("moeke", "mijne pa", "nonkel Jan", "de gebuur"), professionals and services, animals, places
/// and groups, plurals with names ("mijn dochters Emma en Lotte"), names without a role, and
/// typos. Names are kept as written, with the first letter capitalised ("tom" → "Tom").
/// </summary>
public static class NetworkMemberRecognizer
{
    /// <summary>
    /// Returns the members the client is in contact with; members they say they no longer see
    /// ("mijn vader zie ik niet meer") are left out, so such a sentence gives an empty list.
    /// Empty for null, "niemand" or "weet ik niet".
    /// </summary>
    public static IReadOnlyList<RecognizedMember> Recognize(string? text) =>
        RecognizeAll(text).Where(m => !m.NoLongerInContact).ToList();

    /// <summary>
    /// Returns every member mentioned, including those no longer in contact
    /// (<see cref="RecognizedMember.NoLongerInContact"/> is true), e.g. to ask about reanimating a contact.
    /// </summary>
    public static IReadOnlyList<RecognizedMember> RecognizeAll(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = Tokenizer.Tokenize(text);
        var mentions = new MentionScanner(text, tokens).Scan();
        ContactScope.MarkEnded(tokens, mentions);

        var result = new List<RecognizedMember>(mentions.Count);
        var seen = new HashSet<(string?, string?, string)>();
        foreach (var mention in mentions)
        {
            var member = mention.Ended ? mention.Member with { NoLongerInContact = true } : mention.Member;
            if (seen.Add((member.Role, member.Name, TextNormalizer.Normalize(member.Label))))
            {
                result.Add(member);
            }
        }

        return result;
    }
}
