namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>What the intake passes to the network inventory.</summary>
public sealed record NetworkInventoryOptions
{
    /// <summary>
    /// Free-text answers from earlier in the intake. People named in them are proposed ("Je noemde
    /// eerder Tom. Hoort Tom in je netwerk?"), never added without asking.
    /// </summary>
    public IReadOnlyList<string> EarlierAnswers { get; init; } = [];

    /// <summary>The name the client gave for themself: never proposed as a member of their own network.</summary>
    public string? ClientName { get; init; }
}
