using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;

namespace GesprekBot.Deployment.Tests.Azure;

/// <summary>
/// The configuration keys the host reads, taken from its code: every options class with a section
/// constant (SectionName or Section) and what the binder would bind on it, the <c>…Key</c>
/// constants read directly, the connection string it asks for, and appsettings.json's own keys.
/// </summary>
internal static class HostConfigurationKeys
{
    /// <summary>Keys as the binder sees them (":" separated); a list is the key of its items' parent.</summary>
    public static IReadOnlySet<string> All { get; } = Collect();

    /// <summary>Does an app setting name (with "__" for ":") reach a key the host reads?</summary>
    public static bool Binds(string appSettingName)
    {
        var key = appSettingName.Replace("__", ":", StringComparison.Ordinal);
        if (All.Contains(key))
        {
            return true;
        }

        // A list item: Section:List:0
        var last = key.LastIndexOf(':');
        return last > 0 && int.TryParse(key[(last + 1)..], out _) && All.Contains(key[..last] + ":[]");
    }

    private static HashSet<string> Collect()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var assemblies = new[] { typeof(GesprekBot.Bot.Protocol.BotOptions).Assembly }
            .Concat(typeof(GesprekBot.Bot.Protocol.BotOptions).Assembly.GetReferencedAssemblies()
                .Where(name => name.Name!.StartsWith("GesprekBot.", StringComparison.Ordinal))
                .Select(Assembly.Load));
        foreach (var type in assemblies.SelectMany(assembly => assembly.GetTypes()))
        {
            var section = type.GetField("SectionName", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                ?? type.GetField("Section", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
            if (section is { IsLiteral: true } && section.GetRawConstantValue() is string prefix)
            {
                AddProperties(type, prefix, keys);
            }

            foreach (var constant in type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral && field.Name.EndsWith("Key", StringComparison.Ordinal)))
            {
                if (constant.GetRawConstantValue() is string key && key.Contains(':', StringComparison.Ordinal))
                {
                    keys.Add(key);
                }
            }
        }

        // StorageExtensions reads configuration.GetConnectionString("Postgres") as the fallback.
        keys.Add("ConnectionStrings:Postgres");
        foreach (var (key, _) in JsonNode.Parse(File.ReadAllText(RepositoryPaths.BotAppSettings))!.AsObject())
        {
            keys.Add(key);
        }

        return keys;
    }

    private static void AddProperties(Type type, string prefix, HashSet<string> keys)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = $"{prefix}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var settable = property.SetMethod?.IsPublic == true;
            if (IsScalar(propertyType))
            {
                if (settable)
                {
                    keys.Add(key);
                }
            }
            else if (propertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(propertyType))
            {
                // The binder fills a get-only list in place, but cannot add to a read-only one.
                if (settable || propertyType.GetInterfaces().Append(propertyType).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)))
                {
                    keys.Add(key + ":[]");
                }
            }
            else if (propertyType.IsClass && propertyType.GetConstructor(Type.EmptyTypes) is not null)
            {
                AddProperties(propertyType, key, keys);
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(Uri);
}
