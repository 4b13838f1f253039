using GesprekBot.Bot.Review.Accounts;

namespace GesprekBot.Bot.Review;

/// <summary>Administrative commands run instead of the web server: <c>if (await app.RunReviewCommandAsync(args)) return;</c>.</summary>
public static class ReviewCommands
{
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
