using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network;

/// <summary>
/// Finds the member a client means in a correction ("Tom", "de buurvrouw", "mama", "mijn moeder"):
/// by name, by the words on the map, then by role, then by a name with one typo. Only an
/// unambiguous match counts: changing the wrong person is worse than asking again.
/// </summary>
internal static class MemberFinder
{
    private static readonly string[] Leading = ["mijn ", "mijne ", "m n ", "mn ", "ons ", "onze ", "de ", "het ", "my ", "the "];

    public static NetworkMember? Find(NetworkMap map, string words)
    {
        var wanted = Strip(TextNormalizer.Normalize(words));
        if (wanted.Length == 0)
        {
            return null;
        }

        IEnumerable<Func<NetworkMember, bool>> tests =
        [
            m => m.Name is { } name && TextNormalizer.Normalize(name) == wanted,
            m => Strip(TextNormalizer.Normalize(m.Label)) == wanted || Strip(TextNormalizer.Normalize(NetworkWording.Display(m))) == wanted,
            m => SameRole(m, words),
            m => m.Name is { Length: >= 4 } name && EditDistance.Compute(TextNormalizer.Normalize(name), wanted) <= 1,
        ];
        foreach (var test in tests)
        {
            var found = map.Members.Where(test).Take(2).ToList();
            if (found.Count > 0)
            {
                return found.Count == 1 ? found[0] : null;
            }
        }

        return null;
    }

    private static bool SameRole(NetworkMember member, string words)
    {
        var recognized = NetworkMemberRecognizer.RecognizeAll(words);
        return recognized.Count == 1 && recognized[0].Role is { } role && member.Role == role
            && (recognized[0].Name is null || recognized[0].Name == member.Name);
    }

    private static string Strip(string words)
    {
        foreach (var leading in Leading)
        {
            if (words.StartsWith(leading, StringComparison.Ordinal))
            {
                return words[leading.Length..];
            }
        }

        return words;
    }
}
