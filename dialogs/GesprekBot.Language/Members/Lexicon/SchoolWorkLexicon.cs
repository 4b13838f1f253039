namespace GesprekBot.Language.Members.Lexicon;

/// <summary>School en werk: classmates, teachers ("de juf", "de meester"), colleagues, the boss, the school itself.</summary>
internal static class SchoolWorkLexicon
{
    public static void Register(LexiconBuilder b)
    {
        const LifeDomain S = LifeDomain.SchoolAndWork;
        b.Person("collega", S, "collega|collegaatje|werkmakker|werkmaat|collegue|kollega|kollegaatje|medewerker|werkcollega",
            "collegas|collegaatjes|werkmakkers|kollegas|werkcollegas|medewerkers|ploeg op het werk");
        b.Person("baas", S, "baas|bazin|chef|cheffin|werkgever|leidinggevende|ploegbaas|teamleider|teamleidster|directeur|directrice|patron|manager",
            "bazen|chefs|werkgevers");
        b.Person("klasgenoot", S, "klasgenoot|klasgenote|klasmaat|klasmakker|schoolvriend|schoolvriendin|medestudent|medeleerling|studiegenoot",
            "klasgenoten|klasmaten|klasmakkers|medestudenten|medeleerlingen|schoolvrienden|klas");
        b.Person("leerkracht", S, "leerkracht|juf|juffrouw|juffie|meester|meesteres|leraar|lerares|docent|docente|prof|professor|titularis|" +
            "zorgleerkracht|klastitularis|klasleerkracht|turnleraar|turnjuf|lesgever|lesgeefster|schooldirecteur|leerkracht van school",
            "leerkrachten|leraren|juffen|meesters|docenten|lesgevers");
        b.Person("leerlingbegeleider", S, "leerlingbegeleider|leerlingenbegeleider|zorgcoordinator|studiebegeleider|stagebegeleider|stagementor|mentor",
            "leerlingbegeleiders");
        b.Place("school", S, "school|schooltje|middelbare school|lagere school|basisschool|kleuterschool|hogeschool|unief|universiteit|" +
            "internaat|kot|avondschool|cvo|centrum voor volwassenenonderwijs|taalschool|les nederlands|taalles|opleiding|cursus");
        b.Place("werk", S, "werk|werkplek|job|bedrijf|fabriek|kantoor|winkel waar ik werk|maatwerkbedrijf|beschutte werkplaats|sociale werkplaats|" +
            "atelier|dagcentrum|dagbesteding|vrijwilligerswerk|stage|stageplaats|interimkantoor|werkplaats");
    }
}
