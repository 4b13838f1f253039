using System.Text;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Network.Export;

namespace GesprekBot.Bot.Review.Exports;

/// <summary>
/// Downloads of an intake's map: <c>/review/intakes/{id}/export/{format}</c>. The exporters escape
/// (CSV cells against formula injection, XML and JSON by their writers); the audit entry is written
/// before the file is sent.
/// </summary>
internal static class ReviewExports
{
    private static readonly Dictionary<string, (string ContentType, string Extension, Func<NetworkMap, string> Write)> Formats = new(StringComparer.Ordinal)
    {
        ["json"] = ("application/json", "json", NetworkMapJson.Write),
        ["nodes.csv"] = ("text/csv", "nodes.csv", map => NetworkMapCsv.WriteNodes(map)),
        ["edges.csv"] = ("text/csv", "edges.csv", map => NetworkMapCsv.WriteEdges(map)),
        ["graphml"] = ("application/graphml+xml", "graphml", NetworkMapGraphMl.Write),

        // For Excel with a Belgian list separator: semicolons, and a byte-order mark so it reads UTF-8 (ë, é).
        ["nodes-excel.csv"] = ("text/csv", "nodes-excel.csv", map => ExcelBom + NetworkMapCsv.WriteNodes(map, separator: ';')),
        ["edges-excel.csv"] = ("text/csv", "edges-excel.csv", map => ExcelBom + NetworkMapCsv.WriteEdges(map, separator: ';')),
    };

    private const string ExcelBom = "\uFEFF";

    public static IEndpointRouteBuilder MapReviewExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/review/intakes/{id}/export/{format}", ExportAsync).RequireAuthorization(ReviewHosting.Policy);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string id, string format, HttpContext context, ReviewIntakes intakes, AuditLog audit, CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(context.User);
        if (!Formats.TryGetValue(format, out var exporter) || await intakes.FindAsync(user, id, cancellationToken) is not { } intake)
        {
            return Results.NotFound();
        }

        await audit.WriteAsync(user, AuditAction.Exported, intake.Id, format, cancellationToken);
        var map = intake.Record.Network ?? new NetworkMap();
        var name = $"intake-{FileNamePart(intake.Record.Code is { } code ? IntakeCodes.Display(code) : intake.Id)}.{exporter.Extension}";
        return Results.File(Encoding.UTF8.GetBytes(exporter.Write(map)), $"{exporter.ContentType}; charset=utf-8", name);
    }

    // Codes are ours, but the file name reaches a header: keep it to letters, digits and hyphens.
    private static string FileNamePart(string value) =>
        new([.. value.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').Take(40)]);
}
