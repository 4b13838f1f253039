using GesprekBot.TeamsPackage;

namespace GesprekBot.Deployment.Tests.Teams;

internal static class Samples
{
    public static readonly PackageSettings Settings = new(
        Guid.Parse("6f1c2a4e-8b0d-4c3e-9a57-2d1e0f3b4c5a"),
        Guid.Parse("0b9e7d6c-5a4f-4e3d-8c2b-1a0f9e8d7c6b"),
        "gesprekbot-caw-oost.azurewebsites.net",
        new Uri("https://www.caw-oost.example/privacy"),
        new Uri("https://www.caw-oost.example/voorwaarden"));

    public static string Template => File.ReadAllText(Path.Combine(RepositoryPaths.Teams, TeamsAppPackage.ManifestFile));

    public static string FilledManifest => TeamsAppPackage.FillManifest(Template, Settings);
}
