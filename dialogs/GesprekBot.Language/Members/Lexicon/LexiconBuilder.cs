using GesprekBot.Language.Text;

namespace GesprekBot.Language.Members.Lexicon;

/// <summary>Collects lexicon forms ("mama|moeke|ma") into one lookup from normalised phrase to entry.</summary>
internal sealed class LexiconBuilder
{
    public Dictionary<string, LexiconEntry> Entries { get; } = new(StringComparer.Ordinal);

    public void Person(string role, LifeDomain domain, string forms, string plurals = "", Requirement requires = Requirement.None)
    {
        Add(forms, new LexiconEntry(role, MemberKind.Person, domain, false, requires));
        Add(plurals, new LexiconEntry(role, MemberKind.Group, domain, true, requires));
    }

    public void Group(string role, LifeDomain domain, string forms, Requirement requires = Requirement.None, string? personRole = null) =>
        Add(forms, new LexiconEntry(role, MemberKind.Group, domain, false, requires, personRole));

    public void Place(string role, LifeDomain domain, string forms, Requirement requires = Requirement.Determiner) =>
        Add(forms, new LexiconEntry(role, MemberKind.Place, domain, false, requires));

    public void Animal(string role, string forms, string plurals = "") => Person(role, LifeDomain.Family, forms, plurals, kind: MemberKind.Animal);

    public void Generic(string forms, bool plural) =>
        Add(forms, new LexiconEntry(null, plural ? MemberKind.Group : MemberKind.Person, LifeDomain.Unknown, plural));

    private void Person(string role, LifeDomain domain, string forms, string plurals, MemberKind kind)
    {
        Add(forms, new LexiconEntry(role, kind, domain));
        Add(plurals, new LexiconEntry(role, kind, domain, true));
    }

    private void Add(string forms, LexiconEntry entry)
    {
        foreach (var form in forms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Forms go through the same normaliser as client text, so "ex-partner" and "oké" line up.
            var key = string.Join(' ', Tokenizer.Tokenize(form).Where(t => t.IsWord).Select(t => t.Norm));
            Entries.TryAdd(key, entry);
        }
    }
}
