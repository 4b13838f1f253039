using System.Globalization;
using System.Text;

namespace GesprekBot.Dialogs.Network.Export;

/// <summary>
/// Writes a map as two CSV files in the style of Network Canvas exports, for Gephi, R or a
/// spreadsheet. nodes.csv: <c>id,label,kind,role,domain,ring,quality,frequency,support_received,support_given,wish</c>
/// (enums as in the JSON format, several supports joined with ";", unknown answers empty).
/// edges.csv: <c>from,to,type</c>, one undirected row of type "knows" per tie.
/// The client (ego) is left out by default: the ring is already a node column, and ego edges to
/// everyone would dominate every centrality measure a researcher computes. Pass
/// <c>includeEgo: true</c> for a node "ego" (kind "ego") and one edge ego→member of type "ring"
/// per placed member. RFC 4180 (quoted where needed, CRLF) and safe against formula injection.
/// <c>separator: ';'</c> gives the same files for Excel with a Belgian list separator.
/// </summary>
public static class NetworkMapCsv
{
    public const string EgoId = "ego";

    public const string NodesHeader = "id,label,kind,role,domain,ring,quality,frequency,support_received,support_given,wish";

    public const string EdgesHeader = "from,to,type";

    public static string WriteNodes(NetworkMap map, bool includeEgo = false, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(map);
        var csv = new StringBuilder().Append(NodesHeader.Replace(',', separator)).Append("\r\n");
        if (includeEgo)
        {
            CsvCell.AppendRow(csv, separator, EgoId, EgoId, EgoId, null, null, null, null, null, null, null, null);
        }

        foreach (var m in map.Members)
        {
            CsvCell.AppendRow(
                csv,
                separator,
                m.Id,
                m.Label,
                ExportNames.Of(m.Kind),
                m.Role,
                ExportNames.Of(m.Domain),
                m.Ring?.ToString(CultureInfo.InvariantCulture),
                ExportNames.Of(m.Quality),
                ExportNames.Of(m.Frequency),
                string.Join(';', m.SupportReceived.Select(s => ExportNames.Of(s))),
                string.Join(';', m.SupportGiven.Select(s => ExportNames.Of(s))),
                ExportNames.Of(m.Wish));
        }

        return csv.ToString();
    }

    public static string WriteEdges(NetworkMap map, bool includeEgo = false, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(map);
        var csv = new StringBuilder().Append(EdgesHeader.Replace(',', separator)).Append("\r\n");
        if (includeEgo)
        {
            foreach (var m in map.Members.Where(m => m.Ring is not null))
            {
                CsvCell.AppendRow(csv, separator, EgoId, m.Id, "ring");
            }
        }

        foreach (var tie in MapTies.Distinct(map))
        {
            CsvCell.AppendRow(csv, separator, tie.FirstMemberId, tie.SecondMemberId, "knows");
        }

        return csv.ToString();
    }
}
