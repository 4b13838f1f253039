namespace GesprekBot.Language.Members.Lexicon;

/// <summary>
/// English forms for English-speaking clients (newcomers often mix both: "my mom en mijn broer"). Roles are
/// the Dutch roles the map stores, so "my mum" and "mijn mama" are the same member. Registered after the
/// Dutch lexicons: a form both languages share keeps its Dutch meaning.
/// </summary>
internal static class EnglishLexicon
{
    public static void Register(LexiconBuilder b)
    {
        const LifeDomain F = LifeDomain.Family;
        b.Person("moeder", F, "mother|mum|mom|mummy|mommy|mama|ma|mam", "mothers|mums|moms");
        b.Person("vader", F, "father|dad|daddy|papa|pa", "fathers|dads");
        b.Person("ouder", F, "parent", "parents");
        b.Person("broer", F, "brother|little brother|big brother|older brother|younger brother|half brother|stepbrother|bro", "brothers");
        b.Person("zus", F, "sister|little sister|big sister|older sister|younger sister|half sister|stepsister|sis", "sisters");
        b.Person("partner", F, "wife|husband|boyfriend|girlfriend|fiance|fiancee|spouse", "partners");
        b.Person("ex-partner", F, "ex wife|ex husband|ex boyfriend|ex girlfriend|former partner", "exes");
        b.Person("kind", F, "child|kid|baby|little one", "children|kids|little ones", Requirement.Determiner);
        b.Person("zoon", F, "son|stepson|boy", "sons|boys", Requirement.Possessive);
        b.Person("dochter", F, "daughter|stepdaughter|girl", "daughters|girls", Requirement.Possessive);
        b.Person("grootmoeder", F, "grandmother|grandma|granny|gran|nan|nana|grandmom|grandmum", "grandmothers|grandmas");
        b.Person("grootvader", F, "grandfather|grandpa|granddad|grandad|grandpapa", "grandfathers|grandpas");
        b.Person("grootouder", F, "grandparent", "grandparents");
        b.Person("kleinkind", F, "grandchild|grandson|granddaughter|grandkid", "grandchildren|grandsons|granddaughters|grandkids");
        b.Person("oom", F, "uncle", "uncles");
        b.Person("tante", F, "aunt|auntie|aunty", "aunts|aunties");
        b.Person("neef", F, "cousin|nephew", "cousins|nephews");
        b.Person("nicht", F, "niece", "nieces");
        b.Person("stiefvader", F, "stepfather|stepdad", "stepfathers");
        b.Person("stiefmoeder", F, "stepmother|stepmom|stepmum", "stepmothers");
        b.Person("pleegouder", F, "foster mother|foster father|foster mum|foster mom|foster dad|foster parent|foster family",
            "foster parents|foster families");
        b.Person("schoonmoeder", F, "mother in law", "mothers in law");
        b.Person("schoonvader", F, "father in law", "fathers in law");
        b.Person("schoonouder", F, "parent in law", "in laws|inlaws|parents in law");
        b.Person("familielid", F, "relative|family member", "relatives|family members|family|extended family");

        b.Person("vriend", LifeDomain.Friends, "friend|best friend|good friend|close friend|mate|pal|buddy", "friends|mates|pals|buddies");
        b.Person("kennis", LifeDomain.Friends, "acquaintance", "acquaintances");
        b.Person("buur", LifeDomain.Neighbourhood, "neighbour|neighbor|next door neighbour|next door neighbor", "neighbours|neighbors");
        b.Person("collega", LifeDomain.SchoolAndWork, "colleague|coworker|co worker", "colleagues|coworkers|co workers");
        b.Person("baas", LifeDomain.SchoolAndWork, "boss|employer|supervisor", "bosses|employers");
        b.Person("leerkracht", LifeDomain.SchoolAndWork, "teacher|language teacher|tutor", "teachers");
        b.Person("klasgenoot", LifeDomain.SchoolAndWork, "classmate|fellow student", "classmates|fellow students");
        b.Place("school", LifeDomain.SchoolAndWork, "language class|dutch class|dutch lessons|language school|college|university");

        const LifeDomain P = LifeDomain.Professional;
        b.Person("maatschappelijk werker", P, "social worker|social assistant", "social workers");
        b.Person("begeleider", P, "support worker|case worker|caseworker|key worker|counsellor|counselor|mentor|coach|volunteer|" +
            "foster care worker|youth worker|care worker", "support workers|case workers|caseworkers|counsellors|volunteers|youth workers");
        b.Person("huisarts", P, "doctor|gp|family doctor", "doctors");
        b.Person("verpleegkundige", P, "nurse|home nurse", "nurses");
        b.Person("psycholoog", P, "psychologist|therapist", "psychologists|therapists");
        b.Person("psychiater", P, "psychiatrist", "psychiatrists");
        b.Person("advocaat", P, "lawyer|attorney|solicitor|legal aid", "lawyers");
        b.Person("voogd", P, "guardian|legal guardian", "guardians");
        b.Person("pastoor", LifeDomain.Belief, "priest|pastor|minister|reverend", "priests|pastors");
        b.Person("huisbaas", LifeDomain.Housing, "landlord|landlady", "landlords");
        b.Person("medebewoner", LifeDomain.Housing, "roommate|flatmate|housemate", "roommates|flatmates|housemates");
        b.Group("jeugdhulp", P, "foster care|youth care|reception centre|reception center", personRole: "begeleider");

        b.Place("kerk", LifeDomain.Belief, "church|mosque|temple", Requirement.None);
        b.Place("buurthuis", LifeDomain.Neighbourhood, "food bank|community centre|community center");
        b.Place("bibliotheek", LifeDomain.Leisure, "library");
        b.Place("park", LifeDomain.Neighbourhood, "playground|garden|beach|woods");
        b.Group("sportclub", LifeDomain.Leisure, "football team|football club|sports club|gym", Requirement.Determiner);

        b.Animal("hond", "dog|puppy", "dogs");
        b.Animal("kat", "cat|kitten", "cats");
        b.Animal("huisdier", "pet", "pets");

        b.Generic("someone|somebody|person|guy|lady|woman", plural: false);
        b.Generic("people|persons|guys|ladies|men|women|folks", plural: true);
    }
}
