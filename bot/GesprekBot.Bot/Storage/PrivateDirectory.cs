namespace GesprekBot.Bot.Storage;

/// <summary>
/// The data and key folders hold client data and the keys to it: on Unix they are created
/// readable by the service account only, whatever the umask.
/// </summary>
internal static class PrivateDirectory
{
    public static DirectoryInfo Create(string path) =>
        OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(path)
            : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
}
