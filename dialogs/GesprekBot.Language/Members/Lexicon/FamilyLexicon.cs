namespace GesprekBot.Language.Members.Lexicon;

/// <summary>Gezin en familie, with Flemish forms ("moeke", "mijne pa", "meme", "bompa", "nonkel", "mijn lief").</summary>
internal static class FamilyLexicon
{
    public static void Register(LexiconBuilder b)
    {
        const LifeDomain F = LifeDomain.Family;
        b.Person("moeder", F, "moeder|mama|mam|ma|mams|mammie|mamma|moeke|moederke|mamaatje|mamie|mammy|mommy|mutti|moeda|mamma",
            "moeders|mamas");
        b.Person("moeder", F, "moe|ons moe", requires: Requirement.Possessive);
        b.Person("vader", F, "vader|papa|pap|pa|paps|pappie|papaatje|vake|vaderke|vava|pake|daddy|papi|vadder", "vaders|papas");
        b.Person("ouder", F, "ouder", "ouders");
        b.Person("broer", F, "broer|broertje|broerke|broere|brur|bruur|brure|broeder|broederke|halfbroer|stiefbroer|tweelingbroer|plusbroer|grote broer|kleine broer",
            "broers|broertjes|halfbroers|stiefbroers|broerkes");
        b.Person("zus", F, "zus|zuster|zusje|zuske|zusterke|zussie|zusterje|halfzus|stiefzus|tweelingzus|plus zus|pluszus|zuzie|sis",
            "zussen|zusjes|zusters|halfzussen|stiefzussen|zuskes");
        b.Person("partner", F, "partner|vriendje|echtgenoot|echtgenote|wederhelft|levenspartner|verloofde|husband|bf|gf",
            "partners");
        b.Person("partner", F, "man|vrouw|ventje|vent|madam|wijf|lief|liefje|schat|schatje", requires: Requirement.Possessive);
        b.Person("ex-partner", F, "ex|expartner|ex partner|exman|ex man|exvrouw|ex vrouw|exlief|ex lief|exvriend|ex vriend|exvriendin|ex vriendin|" +
            "exechtgenoot|exechtgenote|vorige partner|vroegere partner", "exen|expartners");
        b.Person("kind", F, "kind|kindje|kindeke|kleine|kleintje|baby|babytje|oudste|jongste|middelste|stiefkind|pluskind",
            "kinderen|kindjes|kids|kleintjes|kinders|stiefkinderen|pluskinderen|kindekes|kroost", Requirement.Determiner);
        b.Person("zoon", F, "zoon|zoontje|zoonke|zoonlief|jongen|stiefzoon|pluszoon|manneke", "zonen|zoons|zoontjes|jongens|stiefzonen",
            Requirement.Possessive);
        b.Person("dochter", F, "dochter|dochtertje|dochterke|meisje|meiske|stiefdochter|plusdochter|dochterlief",
            "dochters|dochtertjes|meisjes|stiefdochters", Requirement.Possessive);
        b.Person("grootmoeder", F, "grootmoeder|oma|omaatje|meme|memé|bomma|bomaatje|moemoe|grootma|bobonne|mémé|omi|granny|oma'tje|overgrootmoeder|" +
            "overgrootmoeke|bomke|meetje|grootmoe", "grootmoeders|omas|memes|bommas");
        b.Person("grootvader", F, "grootvader|opa|opaatje|pepe|pépé|bompa|vava|grootpa|grootva|opi|overgrootvader|pepke|pepeke|grootvake",
            "grootvaders|opas|pepes|bompas");
        b.Person("grootouder", F, "grootouder", "grootouders");
        b.Person("kleinkind", F, "kleinkind|kleinzoon|kleindochter|kleinkindje|achterkleinkind", "kleinkinderen|kleinzonen|kleindochters");
        b.Person("oom", F, "oom|nonkel|nonk|nonkeltje|ome|nonkelke|oompje", "ooms|nonkels|nonkes");
        b.Person("tante", F, "tante|tant|tantie|tanteke|tanta|matante|moeie|tanteken|tantje", "tantes|tantes");
        b.Person("neef", F, "neef|neefje|neefke|kozijn|neveu", "neven|neefjes|kozijns");
        b.Person("nicht", F, "nicht|nichtje|nichtke|kozine|nichtjes", "nichten|nichtjes");
        b.Person("stiefvader", F, "stiefvader|stiefpa|stiefpapa|plusvader|pluspapa|pluspapa|bonuspapa|nieuwe man van mijn mama|lief van mijn mama",
            "stiefvaders");
        b.Person("stiefmoeder", F, "stiefmoeder|stiefma|stiefmama|plusmoeder|plusmama|bonusmama|nieuwe vrouw van mijn papa|lief van mijn papa",
            "stiefmoeders");
        b.Person("pleegouder", F, "pleegouder|pleegmoeder|pleegvader|pleegmama|pleegpapa|pleegma|pleegpa|pleeggezin",
            "pleegouders|pleegmoeders|pleegvaders");
        b.Person("pleegbroer", F, "pleegbroer|pleegbroertje", "pleegbroers");
        b.Person("pleegzus", F, "pleegzus|pleegzusje", "pleegzussen");
        b.Person("pleegkind", F, "pleegkind|pleegzoon|pleegdochter", "pleegkinderen");
        b.Person("schoonmoeder", F, "schoonmoeder|schoonmama|schoonma|schoonmoeke|skoonmoeder", "schoonmoeders");
        b.Person("schoonvader", F, "schoonvader|schoonpapa|schoonpa|skoonvader", "schoonvaders");
        b.Person("schoonouder", F, "schoonouder", "schoonouders|schoonfamilie");
        b.Person("schoonzus", F, "schoonzus|schoonzuster|skoonzus|vrouw van mijn broer|lief van mijn broer", "schoonzussen|schoonzusters");
        b.Person("schoonbroer", F, "schoonbroer|schoonbroeder|zwager|skoonbroer|man van mijn zus|lief van mijn zus", "schoonbroers|zwagers");
        b.Person("schoonzoon", F, "schoonzoon", "schoonzonen");
        b.Person("schoondochter", F, "schoondochter|schoondochtertje", "schoondochters");
        b.Person("meter", F, "meter|meterke|metertje|peettante", "meters", Requirement.Possessive);
        b.Person("peter", F, "peter|peterke|petertje|peetoom", "peters", Requirement.Possessive);
        b.Person("petekind", F, "petekind|metekind|petekindje|petezoon|petedochter", "petekinderen");
        b.Person("familielid", F, "familielid|familie lid", "familieleden|familie|famillie|famielie|fammilie|gezin|familie kant|clan");
    }
}
