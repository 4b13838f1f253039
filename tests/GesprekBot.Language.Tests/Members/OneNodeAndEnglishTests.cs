namespace GesprekBot.Language.Tests.Members;

/// <summary>Issue 11: one person is one node, non-members stay off the map, and English answers are understood.</summary>
public class OneNodeAndEnglishTests
{
    [Theory]
    // a role and the name given after it
    [InlineData("mijn thuisbegeleider van Familiehulp, dat is Hilde", "begeleider=Hilde")]
    [InlineData("de pastoor van de parochie, die heet Jozef", "pastoor=Jozef")]
    [InlineData("de meester van Lotte, meester Koen", "leerkracht=Koen")]
    [InlineData("de tandarts dokter Maes en mijn zus", "tandarts=Maes; zus")]
    [InlineData("een buurman van drie huizen verder, Marcel", "buur=Marcel")]
    [InlineData("een kotgenoot, Pieter", "medebewoner=Pieter")]
    // the name before the role
    [InlineData("ons Jana, mijn petekind", "petekind=Jana")]
    [InlineData("Geert, mijn schoonvader", "schoonvader=Geert")]
    // lists stay lists
    [InlineData("mijn mama, Tom en Els", "moeder; =Tom; =Els")]
    [InlineData("mijn papa, Wout", "vader=Wout")]
    [InlineData("mijn papa, Wout. Els zie ik ook", "vader=Wout; =Els")]
    [InlineData("mijn zus, Els en Tom", "zus; =Els; =Tom")]
    [InlineData("mijn logopediste, mevrouw Smets", "logopedist=Smets")]
    [InlineData("Bompa Staf, de papa van mijn mama", "grootvader=Staf")]
    [InlineData("mijn broer Tom, mijn zus", "broer=Tom; zus")]
    [InlineData("mijn kat is mijn beste vriendin", "kat")]
    [InlineData("Tante Mia is mijn meter", "tante=Mia")]
    [InlineData("mijn gamevrienden online en mijn broer", "online; broer")]
    [InlineData("Els, mijn broer en mijn zus", "=Els; broer; zus")]
    [InlineData("Sofie en Nathalie, dat zijn mijn beste vriendinnen", "=Sofie; =Nathalie; vriendin")]
    public void A_role_and_its_name_are_one_member(string text, string expected) =>
        Assert.Equal(expected, MemberFormat.Of(NetworkMemberRecognizer.Recognize(text)));

    [Theory]
    [InlineData("Verder ken ik niemand")]
    [InlineData("Nadien heb ik niemand meer gezien")]
    [InlineData("Intussen zie ik niemand")]
    [InlineData("Daarnaast heb ik niet veel")]
    [InlineData("ze zouden vaker moeten bellen")]
    [InlineData("ik zoek een studio of een appartement")]
    [InlineData("ik wil een eigen kamer")]
    [InlineData("ik heb geen papieren")]
    [InlineData("I need a permit and papers to stay in Belgium")]
    [InlineData("I have an interview tomorrow")]
    public void Adverbs_wishes_and_objects_are_not_members(string text) =>
        Assert.Empty(NetworkMemberRecognizer.Recognize(text));

    [Theory]
    [InlineData("mijn voogd", "voogd")]
    [InlineData("mn consulent", "begeleider")]
    [InlineData("me brur en me zus", "broer; zus")]
    [InlineData("de mannen van de kegelclub", "sportclub")]
    [InlineData("ik ga naar de kerk", "kerk")]
    [InlineData("mijn begeleidster bij Oranje", "begeleider")]
    [InlineData("vrienden sinds de middelbare school", "vriend")]
    [InlineData("mijn broer of mijn zus", "broer; zus")]
    [InlineData("de mannen van de petanqueclub", "sportclub")]
    public void Dutch_roles_groups_and_places_are_kept(string text, string expected) =>
        Assert.Equal(expected, MemberFormat.Of(NetworkMemberRecognizer.Recognize(text)));

    [Theory]
    [InlineData("my mum and my dad", "moeder; vader")]
    [InlineData("my uncle Kofi", "oom=Kofi")]
    [InlineData("my big sister Abena and her husband", "zus=Abena; partner")]
    [InlineData("my lawyer", "advocaat")]
    [InlineData("my guardian", "voogd")]
    [InlineData("the support worker at the CAW", "begeleider")]
    [InlineData("the social worker at the OCMW and my lawyer", "maatschappelijk werker; advocaat")]
    [InlineData("people from church", "kerk")]
    [InlineData("the mother of my friend", "moeder")]
    [InlineData("Kofi is my uncle", "oom=Kofi")]
    [InlineData("Ama, my niece", "nicht=Ama")]
    [InlineData("my teacher, she is called Lies", "leerkracht=Lies")]
    [InlineData("I have an appointment with my doctor", "huisarts")]
    [InlineData("my mom en mijn broer", "moeder; broer")]
    [InlineData("my cat and the library", "kat; bibliotheek")]
    [InlineData("the church people", "kerk")]
    [InlineData("the neighbours downstairs", "buur")]
    [InlineData("my brother's wife", "partner")]
    public void English_members_are_recognised(string text, string expected) =>
        Assert.Equal(expected, MemberFormat.Of(NetworkMemberRecognizer.Recognize(text)));

    [Theory]
    [InlineData("my grandfather passed away")]
    [InlineData("I don't see my brother anymore")]
    public void English_ended_contacts_are_marked(string text)
    {
        Assert.Empty(NetworkMemberRecognizer.Recognize(text));
        Assert.True(Assert.Single(NetworkMemberRecognizer.RecognizeAll(text)).NoLongerInContact);
    }

    [Fact]
    public void A_name_that_opens_a_sentence_is_still_a_name()
    {
        Assert.Equal("=Marleen; =Sven", MemberFormat.Of(NetworkMemberRecognizer.Recognize("Marleen zie ik elke dag. Sven belt ons soms.")));
        Assert.Equal("=Yusra", MemberFormat.Of(NetworkMemberRecognizer.Recognize("Yusra zie ik elke dag")));
    }

    [Fact]
    public void An_is_a_name_in_Dutch()
    {
        Assert.Equal("=An; =Piet", MemberFormat.Of(NetworkMemberRecognizer.Recognize("An en Piet")));
    }
}
