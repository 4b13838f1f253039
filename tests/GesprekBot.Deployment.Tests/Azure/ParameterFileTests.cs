using System.Text.Json;
using System.Text.Json.Nodes;

namespace GesprekBot.Deployment.Tests.Azure;

public sealed class ParameterFileTests
{
    private static readonly JsonObject Declared = ArmTemplate.Main["parameters"]!.AsObject();

    private static readonly JsonObject Example = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Azure, "main.parameters.example.json")))!["parameters"]!.AsObject();

    private static bool IsSecure(JsonNode declaration) => declaration["type"]!.GetValue<string>() is "securestring" or "secureObject";

    [Fact]
    public void Every_parameter_in_the_example_is_declared_in_the_Bicep()
    {
        Assert.DoesNotContain(Example.Select(pair => pair.Key), name => !Declared.ContainsKey(name));
    }

    [Fact]
    public void Every_required_parameter_that_is_not_a_secret_is_in_the_example()
    {
        var required = Declared.Where(pair => !pair.Value!.AsObject().ContainsKey("defaultValue") && !IsSecure(pair.Value!)).Select(pair => pair.Key);

        Assert.DoesNotContain(required, name => !Example.ContainsKey(name));
    }

    [Fact]
    public void The_example_holds_no_secret()
    {
        // Secrets are passed on the command line (see the README), never written in a parameter file.
        var secrets = Declared.Where(pair => IsSecure(pair.Value!)).Select(pair => pair.Key).ToList();

        Assert.NotEmpty(secrets);
        Assert.DoesNotContain(secrets, Example.ContainsKey);
    }

    [Fact]
    public void Example_values_have_the_declared_type_and_allowed_values()
    {
        foreach (var (name, entry) in Example)
        {
            var declaration = Declared[name]!;
            var value = entry!["value"]!;
            var expected = declaration["type"]!.GetValue<string>() switch
            {
                "string" => JsonValueKind.String,
                "int" => JsonValueKind.Number,
                "bool" => value.GetValueKind() == JsonValueKind.False ? JsonValueKind.False : JsonValueKind.True,
                "array" => JsonValueKind.Array,
                "object" => JsonValueKind.Object,
                var other => throw new InvalidOperationException($"{name}: type {other}"),
            };
            Assert.True(value.GetValueKind() == expected, $"{name} should be {expected}");
            if (declaration["allowedValues"] is JsonArray allowed)
            {
                Assert.Contains(value.ToJsonString(), allowed.Select(item => item!.ToJsonString()));
            }
        }
    }
}
