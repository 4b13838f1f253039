namespace GesprekBot.Language.Members.Lexicon;

/// <summary>Hulpverlening: caseworkers, care and health professionals, and the services they work for.</summary>
internal static class ProfessionalLexicon
{
    public static void Register(LexiconBuilder b)
    {
        const LifeDomain P = LifeDomain.Professional;
        b.Person("begeleider", P, "begeleider|begeleidster|begeleiding|thuisbegeleider|contextbegeleider|woonbegeleider|trajectbegeleider|" +
            "jobcoach|coach|hulpverlener|hulpverleenster|consulent|consulente|casemanager|netwerkcoach|trajectbegeleidster|" +
            "gezinsbegeleider|gezinsbegeleidster|jeugdhulpverlener|jongerenbegeleider|budgetbegeleider|zorgbegeleider|mobiel team|" +
            "outreacher|straathoekwerker|ervaringswerker|buddy|vertrouwenspersoon|vrijwilliger|bezoekvrijwilliger|dagbegeleider|" +
            "referentiepersoon|persoonlijk assistent|assistent|zorgcoach|begleider|begeleidr",
            "begeleiders|begeleidsters|hulpverleners|vrijwilligers|consulenten");
        b.Person("opvoeder", P, "opvoeder|opvoedster|leefgroepbegeleider|leefgroepbegeleidster|educator|opvoeder in de leefgroep", "opvoeders|opvoedsters");
        b.Person("maatschappelijk werker", P, "maatschappelijk werker|maatschappelijk werkster|maatschappelijk assistent|maatschappelijk assistente|" +
            "sociaal assistent|sociaal assistente|sociaal werker|sociaal werkster|maatschappelijke werker|sociale dienst|sociaal werk",
            "maatschappelijk werkers|sociaal assistenten");
        b.Person("huisarts", P, "huisarts|dokter|huisdokter|dokteres|arts|doc|dokter van de wijk|geneesheer|dokterke|huisartsenpraktijk|wijkgezondheidscentrum",
            "huisartsen|dokters|artsen");
        b.Person("psycholoog", P, "psycholoog|psychologe|psy|therapeut|therapeute|psychotherapeut|psychotherapeute|psych|psychologe|psycholog|" +
            "psycoloog|psygoloog|praatdokter", "psychologen|therapeuten");
        b.Person("psychiater", P, "psychiater|psychiaterr|psychiatrie|psychiatrisch ziekenhuis", "psychiaters");
        b.Person("kinesist", P, "kinesist|kinesiste|kine|kiné|kinesitherapeut|fysiotherapeut|fysio|ergotherapeut|ergo", "kinesisten|kines");
        b.Person("verpleegkundige", P, "verpleegkundige|verpleegster|verpleger|thuisverpleegster|thuisverpleegkundige|zuster|zorgkundige|" +
            "verzorgende|verzorgster|verzorger|zieken verzorgster", "verpleegkundigen|verpleegsters|verzorgenden");
        b.Person("gezinshulp", P, "gezinshulp|familiehulp|poetshulp|poetsvrouw|poetsdame|huishoudhulp|kuisvrouw|zorghulp|thuiszorg|poetsdienst",
            "gezinshulpen|poetsvrouwen");
        b.Person("bewindvoerder", P, "bewindvoerder|bewindvoerster|bewindsvoerder|voorlopig bewindvoerder|budgetbeheerder|schuldbemiddelaar",
            "bewindvoerders");
        b.Person("advocaat", P, "advocaat|advocate|jeugdadvocaat|jeugdrechter|rechter|justitieassistent|justitieassistente|probatieassistent",
            "advocaten");
        b.Person("voogd", P, "voogd|voogdes|voogdij", "voogden");
        b.Person("logopedist", P, "logopedist|logopediste|logo", "logopedisten");
        b.Person("tandarts", P, "tandarts|diëtist|dietist|dietiste|podoloog|specialist|neuroloog|oogarts|gynaecoloog|pediater|kinderarts",
            "tandartsen|specialisten");
        b.Person("pastoor", LifeDomain.Belief, "pastoor|priester|dominee|imam|rabbijn|pater|non|zuster in het klooster|pastor|aalmoezenier|pastoraal werker|" +
            "hodja|predikant|monnik", "priesters|nonnen|paters");
        b.Group("caw", P, "caw|centrum algemeen welzijnswerk|welzijnswerk|jac|straathoekwerk", personRole: "begeleider");
        b.Group("ocmw", P, "ocmw|sociaal huis|welzijnshuis|ocmw gent|ocmw antwerpen", personRole: "maatschappelijk werker");
        b.Group("cgg", P, "cgg|centrum geestelijke gezondheidszorg|geestelijke gezondheidszorg|ggz|pvt|beschut wonen|dagkliniek", personRole: "psycholoog");
        b.Group("clb", P, "clb|centrum voor leerlingenbegeleiding", personRole: "leerlingbegeleider");
        b.Group("thuisverpleging", P, "thuisverpleging|wit gele kruis|witgele kruis|i mens|thuisverpleegdienst|verpleging", personRole: "verpleegkundige");
        b.Group("jeugdhulp", P, "jeugdhulp|jeugdzorg|vk|vertrouwenscentrum|kind en gezin|opgroeien|voorziening|instelling|leefgroep|" +
            "jeugdinstelling|dienst pleegzorg|pleegzorg|thuisbegeleidingsdienst|mfc|vzw", personRole: "begeleider");
        b.Group("mutualiteit", P, "mutualiteit|mutualiteiten|ziekenfonds|cm|de mutualiteit|socialistische mutualiteit|liberale mutualiteit",
            personRole: "maatschappelijk werker");
        b.Group("ziekenhuis", P, "ziekenhuis|hospitaal|kliniek|spoed|revalidatiecentrum|wzc|woonzorgcentrum|rusthuis|home|dienstencentrum",
            Requirement.Determiner, personRole: "verpleegkundige");
        b.Group("vdab", P, "vdab|rva|arbeidsbemiddeling|werkwinkel|interim", personRole: "begeleider");
        b.Group("politie", P, "politie|justitie|parket|huis van justitie", Requirement.Determiner, personRole: "wijkagent");
    }
}
