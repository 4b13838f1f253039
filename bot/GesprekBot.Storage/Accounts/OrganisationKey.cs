using System.Globalization;

namespace GesprekBot.Storage.Accounts;

/// <summary>
/// How an organisation's name is matched in SQL: trimmed and lower-cased here, in .NET, because
/// SQLite's and PostgreSQL's lower() disagree on non-ASCII letters. The review compares
/// organisations the same way (ordinal, ignoring case).
/// </summary>
public static class OrganisationKey
{
    public static string Of(string organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return organisation.Trim().ToLower(CultureInfo.InvariantCulture);
    }
}
