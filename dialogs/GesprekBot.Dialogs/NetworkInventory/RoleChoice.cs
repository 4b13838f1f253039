using GesprekBot.Language;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>
/// A button for "Wie is Els voor jou?": it places the member in a life domain and, where the
/// button names one, gives a role. "Iemand anders" keeps what is known.
/// </summary>
internal sealed record RoleChoice(string Key, LifeDomain? Domain, string? Role)
{
    public static IReadOnlyList<RoleChoice> All { get; } =
    [
        new("RoleOptionFamily", LifeDomain.Family, null),
        new("RoleOptionFriend", LifeDomain.Friends, "vriend"),
        new("RoleOptionNeighbour", LifeDomain.Neighbourhood, "buur"),
        new("RoleOptionSchoolWork", LifeDomain.SchoolAndWork, null),
        new("RoleOptionProfessional", LifeDomain.Professional, "begeleider"),
        new("RoleOptionOther", null, null),
    ];
}
