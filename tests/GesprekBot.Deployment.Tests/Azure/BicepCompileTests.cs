namespace GesprekBot.Deployment.Tests.Azure;

public sealed class BicepCompileTests
{
    [Fact]
    public async Task Main_json_is_what_the_Bicep_CLI_compiles_from_main_bicep_now_without_any_warning()
    {
        var result = await BicepCli.RunAsync("build", Path.Combine(RepositoryPaths.Azure, "main.bicep"), "--stdout");

        Assert.True(result.ExitCode == 0, result.Error);
        // The build runs the linter too: any warning or info it reports is printed here.
        Assert.Equal("", result.Error.Trim());
        Assert.True(
            Normalize(result.Output) == Normalize(File.ReadAllText(ArmTemplate.MainJsonPath)),
            "main.json is stale: run `dotnet msbuild tests/GesprekBot.Deployment.Tests -t:BicepBuild` and commit it.");
    }

    private static string Normalize(string json) => json.ReplaceLineEndings("\n").TrimEnd();
}

public sealed class BicepLintTests
{
    [Fact]
    public async Task Bicep_lint_reports_nothing()
    {
        var result = await BicepCli.RunAsync("lint", Path.Combine(RepositoryPaths.Azure, "main.bicep"));

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        Assert.Equal("", (result.Error + result.Output).Trim());
    }
}
