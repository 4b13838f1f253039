using CsvHelper;

namespace GesprekBot.Dialogs.Tests.Network.Export;

/// <summary>Reads an export back with CsvHelper, strictly: RFC 4180 quoting, comma- (or semicolon-) separated, no header, malformed quoting throws.</summary>
internal static class CsvRecords
{
    private static readonly CsvReaderOptions Strict = new()
    {
        Mode = CsvMode.Rfc4180,
        Separator = ',',
        HasHeader = false,
        SkipEmptyLines = false,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    public static IReadOnlyList<IReadOnlyList<string>> Read(string csv, char separator = ',')
    {
        using var reader = CsvReader.FromText(csv, Strict with { Separator = separator });
        var records = new List<IReadOnlyList<string>>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return records;
    }
}
