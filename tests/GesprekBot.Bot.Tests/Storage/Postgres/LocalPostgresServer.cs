using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace GesprekBot.Bot.Tests.Storage.Postgres;

/// <summary>
/// A throwaway PostgreSQL server: initdb into a temp folder, listen on a free loopback port with
/// its socket in that folder (so it never meets a cluster installed by the Debian package), and
/// stop and delete everything at the end. PostgreSQL refuses to run as root, so under root (CI)
/// the server runs as the <c>postgres</c> OS user.
/// </summary>
internal sealed class LocalPostgresServer : IAsyncDisposable
{
    public const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin or on PATH. "
        + "Install them with: apt-get install -y postgresql (or set GESPREKBOT_TEST_POSTGRES to the connection string of an existing server).";

    private readonly string _binDirectory;
    private readonly string _root;
    private readonly bool _runAsPostgres;

    private LocalPostgresServer(string binDirectory, string root, bool runAsPostgres)
    {
        _binDirectory = binDirectory;
        _root = root;
        _runAsPostgres = runAsPostgres;
    }

    /// <summary>A superuser connection string to the server's <c>postgres</c> database.</summary>
    public string AdminConnectionString { get; private set; } = string.Empty;

    private string DataDirectory => Path.Combine(_root, "data");

    public static async Task<LocalPostgresServer> StartAsync()
    {
        var bin = FindBinDirectory() ?? throw new InvalidOperationException(InstallHint);
        var root = Path.Combine(Path.GetTempPath(), "gesprekbot-pg-" + Guid.NewGuid().ToString("N"));
        var server = new LocalPostgresServer(bin, root, runAsPostgres: Environment.IsPrivilegedProcess);
        try
        {
            await server.InitializeAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task InitializeAsync()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The throwaway server needs a Unix host; set " + PostgresServerFixture.EnvironmentVariable + " instead.");
        }

        Directory.CreateDirectory(_root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var passwordFile = Path.Combine(_root, "pwfile");
        await File.WriteAllTextAsync(passwordFile, password);
        if (_runAsPostgres)
        {
            await RunProcessAsync("chown", ["-R", "postgres:postgres", _root]);
        }

        await RunAsync("initdb", "-D", DataDirectory, "-U", "postgres", "--pwfile=" + passwordFile,
            "--auth=scram-sha-256", "--encoding=UTF8", "--no-locale", "--no-sync");

        // max_connections: test classes share the server and each repository's pool may open up to 100
        // (Npgsql's default); at the default 100 a 256-save burst failed with "too many clients" under load.
        // A free port can be taken between probing and binding; try a few.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            try
            {
                await RunAsync("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_root, "postgres.log"), "-w", "-t", "60",
                    "-o", $"-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='{_root}' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=500",
                    "start");
                AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Password={password};Database=postgres";
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
            catch (InvalidOperationException ex)
            {
                var log = Path.Combine(_root, "postgres.log");
                throw new InvalidOperationException(
                    ex.Message + "\nServer log:\n" + (File.Exists(log) ? await File.ReadAllTextAsync(log) : "(none)"), ex);
            }
        }
    }

    /// <summary>The newest /usr/lib/postgresql/N/bin (Debian, Ubuntu), else a PATH entry with both tools.</summary>
    internal static string? FindBinDirectory(string versionedRoot = "/usr/lib/postgresql", string? path = null)
    {
        static bool HasTools(string dir) => File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "initdb"));

        var versioned = Directory.Exists(versionedRoot)
            ? Directory.GetDirectories(versionedRoot)
                .Where(dir => HasTools(Path.Combine(dir, "bin")))
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var version) ? version : 0)
                .Select(dir => Path.Combine(dir, "bin"))
            : [];
        var onPath = (path ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(HasTools);
        return versioned.Concat(onPath).FirstOrDefault();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunAsync(string tool, params string[] arguments)
    {
        var path = Path.Combine(_binDirectory, tool);
        return _runAsPostgres
            ? RunProcessAsync("runuser", ["-u", "postgres", "--", path, .. arguments], _root)
            : RunProcessAsync(path, arguments, _root);
    }

    private static async Task RunProcessAsync(string file, string[] arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{file} {string.Join(' ', arguments)}' exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
