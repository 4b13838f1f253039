namespace GesprekBot.Language.Members.Lexicon;

/// <summary>
/// Frequent Dutch and Flemish words that are never a person's name, even when capitalised at the
/// start of a sentence ("Soms", "Vandaag") or written after a role ("mijn broer woont …").
/// </summary>
internal static class CommonWords
{
    public static readonly HashSet<string> All = Set(
        // pronouns, articles, conjunctions, prepositions
        "ik ikke gij ge gé jij je u hij hem zij ze zie wij we wij jullie hun hen men mij me mijn mn ons onze uw jouw zijn haar hare " +
        "de het een den der des dat die deze dit diene dees wie wat waar wanneer waarom hoe welke welk zo zoals " +
        "en of maar want dus omdat als toen terwijl hoewel tenzij zodat dan doch noch enne allee alé awel " +
        "van voor na naar met zonder bij in op aan uit over onder tussen tegen door om tot sinds vanaf vanuit via per achter naast " +
        "binnen buiten boven beneden rond rondom langs tijdens volgens ondanks behalve " +
        // adverbs, particles, quantities
        "niet nie ni geen nooit altijd soms vaak dikwijls meestal weinig veel meer minder heel zeer erg echt wel ook nog al alleen " +
        "enkel samen apart hier daar daarna ervoor erna er ergens nergens overal thuis weg terug graag liever nu straks vandaag morgen " +
        "gisteren vroeger later laatst eerst eens keer keren paar enkele beetje bijna ongeveer misschien zeker natuurlijk gewoon " +
        "eigenlijk toch ja nee neen oké oke ok jawel dikke goed slecht beter best leuk lief tof fijn moeilijk makkelijk " +
        "mee daarmee waarmee ermee nogal iets niets niks alles iedereen niemand sommige sommigen andere ander elk elke ieder iedere " +
        "allemaal allebei beide vooral ook zelfs vooral amper nauwelijks regelmatig dagelijks wekelijks maandelijks jaarlijks " +
        "sowieso trouwens tenminste ofwel hoor he hé hey hallo hoi dag salut merci dank bedankt sorry pff euh hmm tja oei amai " +
        "ginder hierzo daarzo zelf zelve eigen af toe aan uit mee langs " +
        // frequent verbs
        "ben bent is zijn was waren word wordt worden werd heb hebt heeft hebben had hadden kan kunt kunnen kon moet moeten moest " +
        "mag mogen mocht wil wilt willen wou zal zult zullen zou zouden ga gaat gaan ging gingen kom komt komen kwam doe doet doen " +
        "deed zie ziet zien zag spreek spreekt spreken sprak bel belt bellen belde hoor hoort horen praat praten help helpt helpen " +
        "hielp woon woont wonen woonde werk werkt werken werkte sport sporten speel speelt spelen leer leert leren lees leest lezen " +
        "denk denkt denken dacht weet weten wist vind vindt vinden vond voel voelt voelen sta staat staan zit zitten lig ligt " +
        "liggen loop loopt lopen rijd rijdt rijden eet eten drink drinken slaap slapen bezoek bezoeken bezoekt breng brengt " +
        "brengen haal haalt halen maak maakt maken neem neemt nemen geef geeft geven krijg krijgt krijgen zeg zegt zeggen " +
        "vraag vraagt vragen antwoord antwoordt ken kent kennen mis mist missen hou houdt houden steun steunt steunen " +
        "luister luistert luisteren chat chatten sms sms'en app appen skype facetime videobel videobellen whatsappen " +
        "ontmoet ontmoeten wandel wandelt wandelen fiets fietst fietsen shop shoppen kook kookt koken poets poetst " +
        "vertrouw vertrouwt vertrouwen begrijp begrijpt begrijpen zorg zorgt zorgen opvang opvangen winkelen " +
        "ruzie hulp steun contact band relatie gesprek tijd dag dagen week weken weekend maand maanden jaar jaren " +
        "avond avonden ochtend middag nacht kerst kerstmis pasen vakantie zomer winter verjaardag feest feestje " +
        "school werk geld eten bezoek boodschappen papieren administratie huiswerk koffie thee telefoon gsm " +
        "probleem problemen vraag vragen zorgen plezier fun lol verdriet pijn angst stress " +
        "mensen persoon personen iemand familie vrienden kinderen ouders " +
        // adjectives, frequent nouns, numbers
        "groot grote klein kleine oud oude jong jonge nieuw nieuwe ziek zieke blij boos triest bang alleen eenzaam " +
        "hele heel goeie goede ver dichtbij dicht " +
        "twee drie vier vijf zes zeven acht negen tien elf twaalf twintig honderd " +
        // sentence adverbs and comparatives: "Verder heb ik …", "ze komen vaker" ("vaker" is no typo of "vader")
        "verder daarnaast bovendien ook nog vervolgens daarna tenslotte uiteindelijk anders verders vaker minder liever " +
        "nadien intussen ondertussen tegenwoordig momenteel gelukkig helaas jammer spijtig daarom enerzijds anderzijds " +
        "eerder later langer korter dikker sneller trager harder zachter " +
        // objects and wishes that look like names or roles
        "papieren papiers verblijfsvergunning leefloon uitkering schulden brieven rekeningen " +
        // English: pronouns, function words, frequent verbs and nouns ("Mostly my mum", "papers", "Belgium")
        "i me my mine we us our you your he him his she her they them their it its the this that these those " +
        "and or but because so if when then than with without from at to of for on by about into over after before " +
        "not no yes yeah ok okay really very much many more most mostly also too only just still always never often " +
        "sometimes usually here there where who what how why which nobody anybody anyone everyone everybody nothing " +
        "something all both each every some any other others am is are was were be been being have has had do does did " +
        "will would can could should might must want wants need needs like likes love loves know knows see sees " +
        "call calls talk talks help helps live lives come comes go goes work works moved move visit visits home back " +
        "here now today tomorrow yesterday week weekend year years day days month time lot lots thing things papers " +
        "job permit residence appointment money house room flat country belgium europe africa ghana nigeria " +
        "syria afghanistan eritrea somalia morocco turkey congo ukraine hello hi thanks thank please sorry " +
        "upstairs downstairs nearby abroad");

    private static HashSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Replace("'", string.Empty, StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
}
