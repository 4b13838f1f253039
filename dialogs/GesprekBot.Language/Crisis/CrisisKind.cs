namespace GesprekBot.Language.Crisis;

/// <summary>The kind of danger a message signals, most urgent first.</summary>
public enum CrisisKind
{
    Suicide,
    SelfHarm,
    Violence,
    Abuse,
}
