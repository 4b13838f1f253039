namespace GesprekBot.Storage;

/// <summary>
/// The data and key folders hold client data and the keys to it: on Unix every folder we create on
/// the way is readable by the service account only, whatever the umask, and the folder itself is
/// made owner-only even when it existed (the security probe found an existing data folder left
/// world-readable). Existing parent folders are left as the operator made them.
/// </summary>
internal static class PrivateDirectory
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static DirectoryInfo Create(string path) => Create(path, out _);

    /// <param name="path">The folder.</param>
    /// <param name="notTightened">Why an existing folder could not be made owner-only (not its owner, a share without modes), else null.</param>
    public static DirectoryInfo Create(string path, out string? notTightened)
    {
        notTightened = null;
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

        var existed = missing.Count == 0;
        while (missing.TryPop(out var next))
        {
            Directory.CreateDirectory(next.FullName, OwnerOnly);
        }

        if (existed)
        {
            notTightened = TrySetMode(directory.FullName, OwnerOnly);
        }

        return directory;
    }

    /// <summary>Makes an existing file or folder owner-only; the reason when that is not possible, else null.</summary>
    public static string? TrySetMode(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            if (File.GetUnixFileMode(path) != mode)
            {
                File.SetUnixFileMode(path, mode);
            }

            return null;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return ex.Message;
        }
    }
}
