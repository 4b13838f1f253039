namespace GesprekBot.Bot.Review.Accounts;

/// <summary>
/// <c>add-caseworker --email … --name … --organisation … [--admin]</c>. The password comes from
/// <c>GESPREKBOT_PASSWORD</c> or the first line of stdin, never from argv (argv is visible to every
/// user of the machine in the process list and ends up in shell history).
/// </summary>
internal static class AddCaseworkerCommand
{
    public const string Name = "add-caseworker";
    public const string PasswordVariable = "GESPREKBOT_PASSWORD";

    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        string? Option(string name)
        {
            var index = args.ToList().IndexOf($"--{name}");
            return index >= 0 && index + 1 < args.Count && !args[index + 1].StartsWith("--", StringComparison.Ordinal) ? args[index + 1] : null;
        }

        var email = Option("email");
        var name = Option("name");
        var organisation = Option("organisation");
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(organisation))
        {
            await output.WriteLineAsync($"Usage: {Name} --email ADDRESS --name NAME --organisation ORGANISATION [--admin]   (password from {PasswordVariable} or stdin)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            password = await input.ReadLineAsync(cancellationToken);
        }

        var problem = PasswordPolicy.Problem(password);
        if (password is null || problem is not null)
        {
            await output.WriteLineAsync($"{problem} ({PasswordVariable} or stdin)");
            return 2;
        }

        var accounts = services.GetRequiredService<CaseworkerStore>();
        if (!await accounts.AddAsync(email, name, organisation, args.Contains("--admin"), password, cancellationToken))
        {
            await output.WriteLineAsync($"There is already an account for {email}.");
            return 1;
        }

        await output.WriteLineAsync($"Added {Caseworker.Normalise(email)} ({organisation}){(args.Contains("--admin") ? " as admin" : string.Empty)}.");
        return 0;
    }
}
