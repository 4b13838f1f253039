using System.Text.Json.Nodes;

namespace GesprekBot.Deployment.Tests.Azure;

/// <summary>Reads the committed main.json (the compiled Bicep).</summary>
internal static class ArmTemplate
{
    public static string MainJsonPath => System.IO.Path.Combine(RepositoryPaths.Azure, "main.json");

    public static JsonObject Main => JsonNode.Parse(File.ReadAllText(MainJsonPath))!.AsObject();

    /// <summary>Every template in the file: main and each module's nested template.</summary>
    public static IEnumerable<JsonObject> Templates(JsonObject template)
    {
        yield return template;
        foreach (var resource in Resources(template))
        {
            if (resource["type"]?.GetValue<string>() == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Templates(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    public static IEnumerable<JsonObject> Resources(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject symbolic => symbolic.Select(pair => pair.Value).OfType<JsonObject>(),
        _ => [],
    };

    public static JsonObject WebAppTemplate => Templates(Main).Single(template => Resources(template).Any(resource => resource["type"]!.GetValue<string>() == "Microsoft.Web/sites"));

    public static JsonObject Site => Resources(WebAppTemplate).Single(resource => resource["type"]!.GetValue<string>() == "Microsoft.Web/sites");

    /// <summary>
    /// The names of the app settings the web app template can set: the <c>{name, value}</c> items of
    /// its variables (the site's appSettings filter and join them). A name built in a loop, as
    /// <c>format('X__{0}', copyIndex(…))</c>, comes back with index 0.
    /// </summary>
    public static IReadOnlyList<string> AppSettingNames() => [.. AppSettings().Select(setting => setting.Name)];

    /// <summary>The same settings with their values as the template writes them (literals or ARM expressions).</summary>
    public static IReadOnlyList<(string Name, string Value)> AppSettings()
    {
        var settings = new List<(string, string)>();
        Collect(WebAppTemplate["variables"], settings);
        return settings;
    }

    private static void Collect(JsonNode? node, List<(string, string)> names)
    {
        switch (node)
        {
            case JsonObject item when item.Count == 2 && item["name"] is JsonValue name && item["value"] is JsonValue value:
                names.Add((LiteralName(name.GetValue<string>()), value.ToString()));
                break;
            case JsonObject item:
                foreach (var (_, value) in item)
                {
                    Collect(value, names);
                }

                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    Collect(value, names);
                }

                break;
        }
    }

    private static string LiteralName(string name)
    {
        if (!name.StartsWith('['))
        {
            return name;
        }

        const string Prefix = "[format('";
        var end = name.IndexOf("', copyIndex(", StringComparison.Ordinal);
        return name.StartsWith(Prefix, StringComparison.Ordinal) && end > 0
            ? name[Prefix.Length..end].Replace("{0}", "0", StringComparison.Ordinal)
            : throw new InvalidOperationException($"App setting name is an expression the test cannot read: {name}");
    }
}
