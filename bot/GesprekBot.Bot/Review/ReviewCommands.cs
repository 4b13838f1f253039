using GesprekBot.Bot.Review.Accounts;

namespace GesprekBot.Bot.Review;

/// <summary>Administrative commands run instead of the web server: <c>if (await app.RunReviewCommandAsync(args)) return;</c>.</summary>
public static class ReviewCommands
{
    private static readonly string[] OptionsWithValue = ["--email", "--name", "--organisation"];
    private const string AdminFlag = "--admin";

    /// <summary>
    /// The arguments the host's configuration should see: without a command and its own options.
    /// Otherwise "--admin --Storage:DataDirectory=x" reads as admin=x and the account is written to
    /// the default data folder instead of the one the caller named.
    /// </summary>
    public static string[] HostArguments(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != AddCaseworkerCommand.Name)
        {
            return args;
        }

        var host = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (OptionsWithValue.Contains(args[i], StringComparer.Ordinal))
            {
                i++;
            }
            else if (args[i] != AdminFlag)
            {
                host.Add(args[i]);
            }
        }

        return [.. host];
    }

    /// <returns>True when a command ran (the caller must then exit without starting the server).</returns>
    public static async Task<bool> RunReviewCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != AddCaseworkerCommand.Name)
        {
            return false;
        }

        Environment.ExitCode = await AddCaseworkerCommand.RunAsync(app.Services, args, Console.In, Console.Out);
        return true;
    }
}
