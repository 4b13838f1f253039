using GesprekBot.Storage;

namespace GesprekBot.Bot.Tests.Storage;

public sealed class PrivateDirectoryTests
{
    [Fact]
    public void Every_created_folder_is_owner_only_and_existing_ones_are_left_alone()
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
}
