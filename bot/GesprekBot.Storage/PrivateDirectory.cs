namespace GesprekBot.Storage;

/// <summary>
/// The data and key folders hold client data and the keys to it: on Unix every folder we create on
/// the way is readable by the service account only, whatever the umask. Existing folders are left
/// as the operator made them.
/// </summary>
internal static class PrivateDirectory
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static DirectoryInfo Create(string path)
    {
        var directory = new DirectoryInfo(Path.GetFullPath(path));
        if (OperatingSystem.IsWindows())
        {
            directory.Create();
            return directory;
        }

        // Directory.CreateDirectory(path, mode) gives the mode to the last folder only; create the
        // missing parents one by one so "data" is as private as "data/keys".
        var missing = new Stack<DirectoryInfo>();
        for (var current = directory; current is not null && !current.Exists; current = current.Parent)
        {
            missing.Push(current);
        }

        while (missing.TryPop(out var next))
        {
            Directory.CreateDirectory(next.FullName, OwnerOnly);
        }

        return directory;
    }
}
