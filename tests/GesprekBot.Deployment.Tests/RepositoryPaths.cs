namespace GesprekBot.Deployment.Tests;

/// <summary>Files of the checkout the tests read (found from the test binaries upwards).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Teams => Path.Combine(Root, "deploymentTemplates", "teams");

    public static string Azure => Path.Combine(Root, "deploymentTemplates", "azure");

    public static string TeamsSchema => Path.Combine(AppContext.BaseDirectory, "Schemas", "MicrosoftTeams.v1.29.schema.json");

    public static string BotAppSettings => Path.Combine(Root, "bot", "GesprekBot.Bot", "appsettings.json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GesprekBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"GesprekBot.sln not found above {AppContext.BaseDirectory}");
    }
}
