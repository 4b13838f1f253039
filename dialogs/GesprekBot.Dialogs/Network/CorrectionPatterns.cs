using System.Text.RegularExpressions;

namespace GesprekBot.Dialogs.Network;

/// <summary>
/// The sentences a client uses to correct the map, Dutch first, a few English. Each pattern has a
/// group "who" (the member's words) and, where needed, "ring", "role" or "way" (closer/further).
/// </summary>
internal static partial class CorrectionPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static IReadOnlyList<Regex> Remove { get; } =
    [
        RemoveCommand(), RemoveMustGo(), RemoveNotBelonging(), RemoveEnglish(),
    ];

    public static IReadOnlyList<Regex> RingNumber { get; } = [RingPut(), RingBelongs(), RingEnglish()];

    public static IReadOnlyList<Regex> RingRelative { get; } = [RingCloser(), RingFurther(), RingRelativeEnglish()];

    public static IReadOnlyList<Regex> RingWords { get; } = [RingWord()];

    public static IReadOnlyList<Regex> Role { get; } = [RoleIs()];

    public static IReadOnlyList<Regex> Add { get; } = [AddCommand(), AddMissing(), AddForget(), AddEnglish()];

    public static IReadOnlyList<Regex> Know { get; } = [KnowEachOther(), KnowsEnglish()];

    public static IReadOnlyList<Regex> DoNotKnow { get; } = [KnowNotEachOther()];

    [GeneratedRegex(@"^(?:verwijder|schrap|wis|haal)\s+(?<who>.+?)(?:\s+(?:weg|eraf|er af|af|uit|eruit|van de kaart))?$", Options)]
    private static partial Regex RemoveCommand();

    [GeneratedRegex(@"^(?<who>.+?)\s+(?:moet|mag|moeten|mogen)\s+(?:eraf|er af|weg|eruit|er uit|van de kaart)$", Options)]
    private static partial Regex RemoveMustGo();

    [GeneratedRegex(@"^(?<who>.+?)\s+(?:hoort|horen)\s+er\s+niet\s+(?:bij|op|meer bij)$", Options)]
    private static partial Regex RemoveNotBelonging();

    [GeneratedRegex(@"^(?:remove|delete|take off|take out)\s+(?<who>.+?)$", Options)]
    private static partial Regex RemoveEnglish();

    [GeneratedRegex(@"^(?:zet|plaats|doe|verplaats|verschuif)\s+(?<who>.+?)\s+(?:in|op|naar)\s+(?:cirkel|ring)\s+(?<ring>\w+)$", Options)]
    private static partial Regex RingPut();

    [GeneratedRegex(@"^(?<who>.+?)\s+(?:hoort|staat|moet|mag|zit|is)\s+(?:in|op)\s+(?:cirkel|ring)\s+(?<ring>\w+)$", Options)]
    private static partial Regex RingBelongs();

    [GeneratedRegex(@"^(?:put|move|place)\s+(?<who>.+?)\s+(?:in|into|to|on)\s+(?:circle|ring)\s+(?<ring>\w+)$", Options)]
    private static partial Regex RingEnglish();

    [GeneratedRegex(@"^(?<who>.+?)\s+(?:staat|hoort|moet|mag|is)\s+(?:veel\s+|wat\s+|iets\s+)?(?<way>dichterbij|dichter bij|dichter)(?:\s+bij\s+mij)?(?:\s+staan)?$", Options)]
    private static partial Regex RingCloser();

    [GeneratedRegex(@"^(?<who>.+?)\s+(?:staat|hoort|moet|mag|is)\s+(?:veel\s+|wat\s+|iets\s+)?(?<way>verder|verder weg|verder af|minder dichtbij)(?:\s+staan)?$", Options)]
    private static partial Regex RingFurther();

    [GeneratedRegex(@"^(?<who>.+?)\s+(?:is|should be)\s+(?<way>closer|further|further away|farther)$", Options)]
    private static partial Regex RingRelativeEnglish();

    [GeneratedRegex(@"^(?<who>.+?)\s+(?:staat|is|hoort)\s+(?<ring>heel dichtbij|dichtbij|wat verder|ver weg|very close|close|a bit further|far away)$", Options)]
    private static partial Regex RingWord();

    [GeneratedRegex(@"^(?<who>.+?)\s+is\s+(?:mijn|mijne|m'n|mn|ons|onze|my|our)\s+(?<role>.+?)(?:\s+en\s+niet\s+.+)?$", Options)]
    private static partial Regex RoleIs();

    [GeneratedRegex(@"^(?:voeg|zet|doe)\s+(?<who>.+?)\s+(?:erbij|er ook bij|toe|bij|ook toe|op de kaart)$", Options)]
    private static partial Regex AddCommand();

    [GeneratedRegex(@"^(?<who>.+?)\s+(?:ontbreekt|ontbreken|mist|missen|staat er niet op|moet erbij|moet er ook bij|hoort er ook bij)$", Options)]
    private static partial Regex AddMissing();

    [GeneratedRegex(@"^(?:vergeet|je vergeet|je bent)\s+(?<who>.+?)\s+(?:niet|vergeten)$", Options)]
    private static partial Regex AddForget();

    [GeneratedRegex(@"^add\s+(?<who>.+?)$", Options)]
    private static partial Regex AddEnglish();

    [GeneratedRegex(@"^(?<who>.+?)\s+en\s+(?<other>.+?)\s+kennen\s+elkaar(?:\s+(?:wel|ook|goed))?$", Options)]
    private static partial Regex KnowEachOther();

    [GeneratedRegex(@"^(?<who>.+?)\s+and\s+(?<other>.+?)\s+know\s+each\s+other$", Options)]
    private static partial Regex KnowsEnglish();

    [GeneratedRegex(@"^(?<who>.+?)\s+en\s+(?<other>.+?)\s+kennen\s+elkaar\s+niet$|^(?<who>.+?)\s+kent\s+(?<other>.+?)\s+niet$", Options)]
    private static partial Regex KnowNotEachOther();
}
