using System.Text;

namespace GesprekBot.Dialogs.Network.Export;

/// <summary>
/// One RFC 4180 cell, made safe for spreadsheets: a cell a spreadsheet would run as a formula
/// (starting with =, +, -, @, tab or carriage return — OWASP's list) gets a leading apostrophe, because
/// labels are typed by clients and the file is opened by caseworkers in Excel or LibreOffice.
/// The separator is a comma, or a semicolon for the files meant for Excel with a Belgian (Dutch or
/// French) list separator, which opens a comma file as one column.
/// </summary>
internal static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Format(string? value, char separator = ',')
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(separator, '"', '\r') >= 0 || safe.Contains('\n', StringComparison.Ordinal) || safe != safe.Trim()
            ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : safe;
    }

    /// <summary>Appends a record, ended with CRLF as RFC 4180 asks.</summary>
    public static void AppendRow(StringBuilder csv, char separator, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(separator);
            }

            csv.Append(Format(cells[i], separator));
        }

        csv.Append("\r\n");
    }
}
