using System.Text.Json;
using GesprekBot.Dialogs.Network.Export;
using Json.Schema;

namespace GesprekBot.Dialogs.Tests.Network.Export;

/// <summary>
/// The published network-map schema (draft 2020-12), evaluated by JsonSchema.Net; one line per failed keyword.
/// Built once: the schema has an $id, and JsonSchema.Net refuses to register a second schema under it.
/// </summary>
internal static class PublishedSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(NetworkMapJson.Schema));

    public static IReadOnlyList<string> Errors(string instanceJson)
    {
        using var instance = JsonDocument.Parse(instanceJson);
        var result = Schema.Value.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? [result])
                .Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))];
    }
}
