namespace GesprekBot.Bot.Tests.Storage.Postgres;

public sealed class LocalPostgresServerTests
{
    [Fact]
    public void Without_server_binaries_nothing_is_found_and_the_hint_says_how_to_install()
    {
        using var empty = new TempDirectory();

        Assert.Null(LocalPostgresServer.FindBinDirectory(Path.Combine(empty.Path, "postgresql"), empty.Path));
        Assert.Contains("apt-get install -y postgresql", LocalPostgresServer.InstallHint, StringComparison.Ordinal);
    }

    [Fact]
    public void The_newest_installed_version_wins()
    {
        using var root = new TempDirectory();
        foreach (var version in new[] { "9", "15", "13" })
        {
            var bin = Directory.CreateDirectory(Path.Combine(root.Path, version, "bin")).FullName;
            File.WriteAllText(Path.Combine(bin, "pg_ctl"), string.Empty);
            File.WriteAllText(Path.Combine(bin, "initdb"), string.Empty);
        }

        Assert.Equal(Path.Combine(root.Path, "15", "bin"), LocalPostgresServer.FindBinDirectory(root.Path, string.Empty));
    }
}
