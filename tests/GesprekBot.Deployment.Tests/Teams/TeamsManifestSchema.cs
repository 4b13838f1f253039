using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace GesprekBot.Deployment.Tests.Teams;

/// <summary>
/// The Teams manifest schema (draft-04), evaluated by JsonSchema.Net as draft-07: the two dialects
/// differ only in keywords this schema does not use (see <see cref="Draft04OnlyKeywords"/>).
/// </summary>
internal static class TeamsManifestSchema
{
    private const string Draft07 = "http://json-schema.org/draft-07/schema#";

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var node = Load();
        node["$schema"] = Draft07;
        return JsonSchema.FromText(node.ToJsonString());
    });

    public static JsonObject Load() => JsonNode.Parse(File.ReadAllText(RepositoryPaths.TeamsSchema))!.AsObject();

    /// <summary>Keywords whose draft-04 meaning draft-07 changed: boolean exclusiveMinimum/Maximum and <c>id</c> as a schema's id.</summary>
    public static IEnumerable<string> Draft04OnlyKeywords(JsonNode? node, string path = "#")
    {
        switch (node)
        {
            case JsonObject schema:
                foreach (var (key, value) in schema)
                {
                    if (key is "exclusiveMinimum" or "exclusiveMaximum" && value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                    {
                        yield return $"{path}/{key}";
                    }

                    if (key == "id" && value?.GetValueKind() == JsonValueKind.String && path.EndsWith("/properties", StringComparison.Ordinal) is false)
                    {
                        yield return $"{path}/id";
                    }

                    foreach (var found in Draft04OnlyKeywords(value, $"{path}/{key}"))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in Draft04OnlyKeywords(array[i], $"{path}/{i}"))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    /// <returns>The errors, empty when the manifest is valid.</returns>
    public static IReadOnlyList<string> Validate(string manifestJson)
    {
        using var document = JsonDocument.Parse(manifestJson);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return [.. (result.Details ?? [result])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))];
    }
}
