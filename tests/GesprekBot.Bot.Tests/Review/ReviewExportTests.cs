using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Dialogs.Network.Export;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Review;

public sealed class ReviewExportTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    private async Task<HttpClient> ClientAsync()
    {
        await host.SeedAsync(ReviewSamples.Record("a1", code: "K7-Q2"));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        return await ReviewHost.SignedInAsync(host, "an@caw.be");
    }

    [Fact]
    public async Task GraphML_is_valid_xml_with_every_member_and_tie()
    {
        using var client = await ClientAsync();

        var response = await client.GetAsync("/review/intakes/a1/export/graphml");

        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("intake-K7-Q2.graphml", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = NetworkMapGraphMl.Namespace;
        Assert.Equal(4, xml.Descendants(ns + "node").Count());
        Assert.Equal(2, xml.Descendants(ns + "edge").Count());
    }

    [Fact]
    public async Task CSV_nodes_and_edges_round_trip_and_defuse_formulas()
    {
        using var client = await ClientAsync();

        var nodes = (await client.GetStringAsync("/review/intakes/a1/export/nodes.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var edges = (await client.GetStringAsync("/review/intakes/a1/export/edges.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(NetworkMapCsv.NodesHeader, nodes[0]);
        Assert.Equal(5, nodes.Length);
        Assert.StartsWith("m2,Tom,person,broer,family,2,difficult", nodes[2], StringComparison.Ordinal);
        Assert.DoesNotContain(nodes, line => line.Contains(",=HYPERLINK", StringComparison.Ordinal));
        Assert.Equal([NetworkMapCsv.EdgesHeader, "m1,m2,knows", "m2,m3,knows"], edges);
    }

    [Fact]
    public async Task The_Excel_files_have_semicolons_a_byte_order_mark_and_the_same_formula_guard()
    {
        // Issue 15: Belgian Excel (list separator ";") opened the comma files as one column.
        using var client = await ClientAsync();

        var response = await client.GetAsync("/review/intakes/a1/export/nodes-excel.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var nodes = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var edges = (await client.GetStringAsync("/review/intakes/a1/export/edges-excel.csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("intake-K7-Q2.nodes-excel.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(NetworkMapCsv.NodesHeader.Replace(',', ';'), nodes[0]);
        Assert.Equal(5, nodes.Length);
        Assert.StartsWith("m2;Tom;person;broer;family;2;difficult", nodes[2], StringComparison.Ordinal);
        Assert.DoesNotContain(nodes, line => line.Contains(";=HYPERLINK", StringComparison.Ordinal));
        Assert.Equal(["from;to;type", "m1;m2;knows", "m2;m3;knows"], edges);
        var log = await host.Services.GetRequiredService<AuditLog>().ReadAsync("CAW Oost", CancellationToken.None);
        Assert.Contains(log, e => e.Action == AuditAction.Exported && e.Detail == "nodes-excel.csv");
    }

    [Fact]
    public async Task JSON_has_the_schema_and_the_members()
    {
        using var client = await ClientAsync();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/review/intakes/a1/export/json"));

        Assert.Equal(NetworkMapJson.SchemaId, json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("members").GetArrayLength());
        Assert.Equal(6, json.RootElement.GetProperty("satisfaction").GetInt32());
    }

    [Fact]
    public async Task Every_export_is_audited_with_its_format_and_no_answer_text()
    {
        using var client = await ClientAsync();

        await client.GetStringAsync("/review/intakes/a1");
        await client.GetStringAsync("/review/intakes/a1/export/json");
        await client.GetStringAsync("/review/intakes/a1/export/graphml");

        var log = await host.Services.GetRequiredService<AuditLog>().ReadAsync("CAW Oost", CancellationToken.None);
        Assert.Contains(log, e => e.Action == AuditAction.Viewed && e.IntakeId == "a1");
        Assert.Contains(log, e => e.Action == AuditAction.Exported && e.Detail == "json");
        Assert.Contains(log, e => e.Action == AuditAction.Exported && e.Detail == "graphml");
        Assert.DoesNotContain(log, e => (e.Detail ?? string.Empty).Contains("wakker", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_format_is_404()
    {
        using var client = await ClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/review/intakes/a1/export/pdf")).StatusCode);
    }
}
