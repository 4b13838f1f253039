namespace GesprekBot.Bot.Protocol.Auth;

/// <summary>Decides whether an inbound activity really comes from a Bot Framework channel (or the Emulator).</summary>
public interface IChannelAuthenticator
{
    Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>Whether the request may proceed; <see cref="Failure"/> is for the log only.</summary>
public sealed record ChannelAuthenticationResult(bool Succeeded, bool Anonymous, string? Failure)
{
    public static ChannelAuthenticationResult AnonymousAllowed { get; } = new(true, true, null);

    public static ChannelAuthenticationResult Authenticated { get; } = new(true, false, null);

    public static ChannelAuthenticationResult Failed(string failure) => new(false, false, failure);
}
