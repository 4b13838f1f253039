namespace GesprekBot.Language.Members.Lexicon;

/// <summary>
/// Common first names in Flanders, so that a name written without a capital ("els, bart en sofie")
/// is still a name. Capitalised unknown words count as names anyway; this list is for lower case.
/// </summary>
internal static class FirstNames
{
    public static readonly HashSet<string> All = Set(
        // women
        "anna ann anne annie an anja anke anouk astrid ayla aya bea beatrijs bianca brenda britt caro carine carla caroline " +
        "cathy chantal charlotte christine claire clara daisy dana daphne debbie denise diana dina dorien elena elien elif " +
        "eline elise ella els elke ellen emma emily esra eva evelien evi fatima fien fleur floor femke frieda gerda greet " +
        "griet hanne hannah hilde ilse inge ines ingrid iris isabel jana jasmien jessica jolien joke julie justine kaat " +
        "karen katrien kathleen kim kristel lara laura laure lien liesbeth lies lieve lore lotte louise lucia lisa lina liv " +
        "magda maria marie marleen martine maya melissa mia mila mira monique nadia nathalie nele nina noor nora olivia " +
        "patricia paulien rita roos ruth sara sarah sandra sofie sophie stefanie tine tinne vera veerle vicky yasmina " +
        "yasmine zoe zeynep leen liesje mieke ria mariette jeanine godelieve josee yvonne paula marijke sanne silke " +
        "amira salma imane hind layla lieke amber jade nikita noa nour zara efua ama abena akosua amina fatou mariam " +
        // men
        "adam ahmed ali alexander arne arno axel bart benny bert bjorn bram brecht daan danny david dirk dries eddy " +
        "emiel erik eric filip frank freddy geert gert glenn gunther hans hendrik ivan jan jans jens jef jelle jeroen " +
        "jo johan jonas joris jos jozef jordy jurgen karel kevin kenneth koen kris kurt lars lander lennert leo lucas louis " +
        "luc ludo lukas marc mario mark marten matthias maarten mathias michel michiel mohamed mohammed mustafa nico niels " +
        "noah olivier omar patrick paul peter pieter pieterjan piet raf rik robbe robin roel ruben rudi rudy sam sander " +
        "sem seppe siebe simon staf stefaan stijn sven thomas tim tom tibo toon vincent walter ward wim wout wouter xavier " +
        "yannick yusuf youssef hamza bilal mehmet emre milan jules finn victor mats senne warre " +
        "jean pierre guido willy marcel roger andre georges fons jef jommeke rachid karim said samir " +
        "kofi kwame kwaku yaw kojo abdi ahmad hassan ibrahim idris yonas dawit tesfaye " +
        // pets
        "max bobby rex luna bella rocky kira nala simba tommy minou felix tijger pluis snuffel bo molly lola");

    private static HashSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
