using System.Text;

namespace GesprekBot.Dialogs.Network.Export;

/// <summary>
/// One RFC 4180 cell, made safe for spreadsheets: a cell a spreadsheet would run as a formula
/// (starting with =, +, -, @, tab or carriage return — OWASP's list) gets a leading apostrophe, because
/// labels are typed by clients and the file is opened by caseworkers in Excel or LibreOffice.
/// </summary>
internal static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Format(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
        return safe.IndexOfAny(NeedsQuotes) >= 0 || safe != safe.Trim()
            ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : safe;
    }

    /// <summary>Appends a record, ended with CRLF as RFC 4180 asks.</summary>
    public static void AppendRow(StringBuilder csv, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Format(cells[i]));
        }

        csv.Append("\r\n");
    }
}
