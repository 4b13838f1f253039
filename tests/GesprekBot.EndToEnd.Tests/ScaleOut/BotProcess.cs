using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GesprekBot.EndToEnd.Tests.ScaleOut;

/// <summary>
/// One bot instance as operations would run it: <c>dotnet GesprekBot.Bot.dll</c> in its own process,
/// configured on the command line, on a free loopback port. Its output is kept for failure messages.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotProcess(string name, Uri baseAddress, Process process)
    {
        Name = name;
        BaseAddress = baseAddress;
        _process = process;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>What the process wrote so far (stdout and stderr), for assertion messages.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts the process and waits until <c>/readyz</c> answers 200.</summary>
    public static async Task<BotProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        // A free port can be taken between probing and binding (the other instance, another test): try a few.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnFreePortAsync(name, settings);
            }
            catch (InvalidOperationException ex) when (attempt < 3 && ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
            }
        }
    }

    private static async Task<BotProcess> StartOnFreePortAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        // The referenced bot project is copied next to the tests, with its deps and runtimeconfig.
        var directory = AppContext.BaseDirectory;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(directory, "GesprekBot.Bot.dll"));
        foreach (var (key, value) in new Dictionary<string, string>(settings) { ["urls"] = baseAddress.ToString(), ["contentRoot"] = directory })
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var bot = new BotProcess(name, baseAddress, process);
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilReadyAsync();
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(90);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Bot {Name} exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy starting
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Bot {Name} was not ready within 90 s:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
