using GesprekBot.Storage;

namespace GesprekBot.Bot.Tests.Storage;

public sealed class PrivateDirectoryTests
{
    [Fact]
    public void Every_created_folder_is_owner_only_and_existing_parents_are_left_alone()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only
        }

        using var root = new TempDirectory();
        File.SetUnixFileMode(root.Path, (UnixFileMode)0b111_101_101);

        PrivateDirectory.Create(Path.Combine(root.Path, "data", "keys"));

        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Assert.Equal(ownerOnly, File.GetUnixFileMode(Path.Combine(root.Path, "data")));
        Assert.Equal(ownerOnly, File.GetUnixFileMode(Path.Combine(root.Path, "data", "keys")));
        Assert.Equal((UnixFileMode)0b111_101_101, File.GetUnixFileMode(root.Path));
    }

    [Fact]
    public void An_existing_target_folder_is_made_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only
        }

        using var root = new TempDirectory();
        var data = Directory.CreateDirectory(Path.Combine(root.Path, "data")).FullName;
        File.SetUnixFileMode(data, (UnixFileMode)0b111_101_101);

        PrivateDirectory.Create(data, out var notTightened);

        Assert.Null(notTightened);
        Assert.Equal(PrivateDirectory.OwnerOnly, File.GetUnixFileMode(data));
    }
}
