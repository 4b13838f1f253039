namespace GesprekBot.Storage.Database;

/// <summary>
/// Times are stored as Unix milliseconds (UTC) in <c>bigint</c> columns on both providers: they
/// sort and compare the same in SQLite and PostgreSQL, and no driver converts time zones.
/// </summary>
public static class StorageTime
{
    public static long ToColumn(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static long? ToColumn(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromColumn(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static DateTimeOffset? FromColumn(long? value) => value is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
}
