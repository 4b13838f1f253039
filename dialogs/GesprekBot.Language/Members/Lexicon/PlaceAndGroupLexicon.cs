namespace GesprekBot.Language.Members.Lexicon;

/// <summary>Clubs, associations and places: leisure, neighbourhood, housing, belief and online.</summary>
internal static class PlaceAndGroupLexicon
{
    public static void Register(LexiconBuilder b)
    {
        const LifeDomain L = LifeDomain.Leisure;
        b.Group("voetbalclub", L, "voetbalclub|voetbal|voetbalploeg|voetbalteam|voetbalclubje|zaalvoetbal|minivoetbal|de voetballers|supportersclub|" +
            "voebal|foetbal|voetbalclup", Requirement.Determiner);
        b.Group("sportclub", L, "sportclub|sportclubje|club|clubje|ploeg|team|turnclub|zwemclub|basketclub|tennisclub|judoclub|wielerclub|" +
            "atletiekclub|volleybalclub|hockeyclub|danssschool|dansschool|dansclub|fitness|sportschool|gym|boksclub|petanqueclub|" +
            "fietsclub|wandelclub|loopgroep|g sport|g voetbal|handbalclub|badmintonclub|zwembad", Requirement.Determiner);
        b.Group("jeugdbeweging", L, "scouts|chiro|ksa|kla|jeugdbeweging|gidsen|welpen|kajotters|kazou|speelpleinwerking|speelplein|akabe|" +
            "jeugdwerk|jeugdwerking|scouting|patro", Requirement.None);
        b.Group("vereniging", L, "vereniging|verenging|koor|fanfare|harmonie|muziekschool|academie|toneelclub|toneelgroep|kaartclub|" +
            "breiclub|kookclub|gezinsbond|okra|femma|ferm|vrouwenbond|seniorenclub|schaakclub|hobbyclub|jeugdclub|theatergroep|" +
            "praatgroep|praatcafé|praatcafe|taalcafé|taalcafe|repair cafe|kookles|danles|dansles|muziekles|tekenles|knutselclub|" +
            "vrijetijdsclub|jeugdorkest|fotoclub|duivenbond|hengelclub|vissersclub",
            Requirement.Determiner);
        b.Person("trainer", L, "trainer|trainster|coach van de voetbal|scoutsleider|leider|leidster|animator|monitor|monitrice|" +
            "chiroleider|chiroleidster|jeugdtrainer|dansleraar|danslerares|instructeur|muziekleraar",
            "trainers|leiders|leiding|monitoren|animatoren|scoutsleiding|chiroleiding", Requirement.Determiner);
        b.Person("teamgenoot", L, "teamgenoot|ploeggenoot|ploegmaat|clubgenoot|medespeler", "teamgenoten|ploeggenoten|ploegmaten|medespelers");
        b.Place("jeugdhuis", L, "jeugdhuis|jeugdcentrum|jongerencentrum|jh|fuifzaal|jeugdhuisje");
        b.Place("bibliotheek", L, "bibliotheek|bib|biblio|bieb|bibliotheekje");
        b.Place("café", L, "café|cafe|caféke|kroeg|stamcafé|stamkroeg|bar|frituur|restaurant|koffiebar|tea room|taverne");
        b.Place("sporthal", L, "sporthal|sportcentrum|sportveld|voetbalveld|terrein|manege|stal");
        b.Place("park", LifeDomain.Neighbourhood, "park|parkje|speeltuin|plein|pleintje|bos|bossen|dijk|strand|natuur|tuin|volkstuin|moestuin|hondenweide");
        b.Place("buurthuis", LifeDomain.Neighbourhood, "buurthuis|buurtcentrum|wijkcentrum|wijkhuis|lokaal dienstencentrum|ldc|buurtwerk|buurtrestaurant|" +
            "sociaal restaurant|voedselbank|sociale kruidenier|kringwinkel|markt|wijk|buurt|straat|dorp|dorpje", Requirement.Determiner);
        b.Place("winkel", LifeDomain.Neighbourhood, "winkel|supermarkt|bakkerij|apotheek|delhaize|colruyt|aldi|lidl|carrefour|bakkerke|krantenwinkel|nachtwinkel");
        b.Place("kerk", LifeDomain.Belief, "kerk|kerkje|parochie|kapel|moskee|tempel|synagoge|gebedshuis|koninkrijkszaal|abdij|klooster", Requirement.None);
        b.Group("geloofsgemeenschap", LifeDomain.Belief, "geloofsgemeenschap|gebedsgroep|bijbelgroep|koranschool|moskeevereniging|parochiegroep|" +
            "kerkgemeenschap|jehova|getuigen van jehova|gelovigen|kerkkoor|jongerenpastoraal", Requirement.Determiner);
        b.Place("thuis", LifeDomain.Housing, "thuis|huis|huisje|appartement|appartementje|studio|studiootje|kot|kamer|kamertje|flat|" +
            "serviceflat|woning|sociale woning|opvangcentrum|opvang|nachtopvang|crisisopvang|daklozenopvang|asielcentrum|woonvorm|" +
            "groepswoning|leefgroephuis|woonproject|kangoeroewoning|tehuis");
        b.Person("huisbaas", LifeDomain.Housing, "huisbaas|verhuurder|eigenaar|huisbazin|conciërge|concierge|huismeester|syndicus", "huisbazen|verhuurders");
        b.Person("medebewoner", LifeDomain.Housing, "medebewoner|huisgenoot|kotgenoot|kamergenoot|bewoner|medebewoonster|huisgenote|flatgenoot",
            "medebewoners|huisgenoten|kotgenoten|bewoners|kamergenoten");
        b.Group("huisvestingsmaatschappij", LifeDomain.Housing, "huisvestingsmaatschappij|sociale huisvestingsmaatschappij|shm|svk|" +
            "sociaal verhuurkantoor|woonmaatschappij|huurdersbond|woonwinkel|huisvesting", Requirement.Determiner);
        b.Group("online", LifeDomain.Online, "facebook|instagram|insta|tiktok|snapchat|snap|discord|whatsapp|whatsappgroep|groepschat|chat|chatgroep|" +
            "forum|reddit|twitter|youtube|twitch|internet|online|onlinegroep|gamers|gamevrienden|gameclan|clan online|fortnite|minecraft|" +
            "roblox|online vrienden|vrienden online|facebookgroep|datingsite|tinder|het net|sociale media|socials");
    }
}
