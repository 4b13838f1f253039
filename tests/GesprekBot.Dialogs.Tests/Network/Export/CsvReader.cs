using System.Text;

namespace GesprekBot.Dialogs.Tests.Network.Export;

/// <summary>A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF records) to read the exports back.</summary>
internal static class CsvReader
{
    public static IReadOnlyList<IReadOnlyList<string>> Read(string csv)
    {
        var records = new List<IReadOnlyList<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else if (c is '"' or '\r' or '\n')
            {
                throw new FormatException($"Unquoted {(int)c} at {i}.");
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted || field.Length > 0 || record.Count > 0)
        {
            throw new FormatException("The last record does not end with CRLF.");
        }

        return records;
    }
}
