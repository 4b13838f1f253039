namespace GesprekBot.Language.Members.Lexicon;

/// <summary>Vrienden en buurt: friends, mates, neighbours ("de gebuur", "de buurvrouw", "mijn maten").</summary>
internal static class SocialLexicon
{
    public static void Register(LexiconBuilder b)
    {
        b.Person("vriend", LifeDomain.Friends, "vriend|beste vriend|vriendje|maat|makker|kameraad|kompaan|gabber|buddy|bro|kamerade|strijdmakker|" +
            "jeugdvriend|boezemvriend|vriendeke|goede vriend|goeie vriend|vrind|vrient",
            "vrienden|maten|makkers|kameraden|gabbers|jeugdvrienden|vriendjes|vrindjes|vriendekes|vrinden|kompanen|bende|vriendengroep|" +
            "vriendenkring|vriendenclub|vriendenbende");
        b.Person("vriendin", LifeDomain.Friends, "vriendin|beste vriendin|vriendinnetje|hartsvriendin|boezemvriendin|goede vriendin|goeie vriendin|" +
            "vriendinneke|bff|bestie|vriendien|jeugdvriendin",
            "vriendinnen|vriendinnetjes|vriendinnekes|besties|meiden|de meiden|de vrouwen");
        b.Person("kennis", LifeDomain.Friends, "kennis|bekende|lotgenoot|ervaringsdeskundige", "kennissen|bekenden|lotgenoten");
        b.Person("buur", LifeDomain.Neighbourhood, "buur|buurman|buurvrouw|gebuur|gebuurvrouw|gebuurman|overbuur|overbuurman|overbuurvrouw|" +
            "buurjongen|buurmeisje|buurmeid|buurvrouwtje|buurmannetje|buurjongetje|gebuurke|buurtbewoner|benedenbuur|bovenbuur",
            "buren|geburen|overburen|buurtbewoners|buurvrouwen|buurmannen|buurkinderen|buurjongens|buurmeisjes|buurtgenoten");
        b.Person("winkelier", LifeDomain.Neighbourhood, "bakker|slager|beenhouwer|winkelier|kruidenier|apotheker|frituuruitbater|cafébaas|kassierster|postbode",
            "bakkers|winkeliers", Requirement.Determiner);
        b.Person("wijkagent", LifeDomain.Neighbourhood, "wijkagent|wijkinspecteur|politieagent|flik|agent", "wijkagenten|agenten", Requirement.Determiner);
        b.Generic("iemand|ene|man|vrouw|persoon|jongen|meisje|kerel|gast|madam|mens|een mens|iemand anders", plural: false);
        b.Generic("mensen|gasten|mannen|vrouwen|personen|lui|volk|jongeren|jongens|meisjes|ze|die|anderen|leden|kinderen", plural: true);
    }
}
