namespace GesprekBot.Bot.Protocol;

/// <summary>Body of a send/reply answer from a channel: the id it gave the activity.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>Body of a <c>deliveryMode: expectReplies</c> answer: the buffered replies.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

/// <summary>The error envelope of the connector API, <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(ErrorBody Error)
{
    public static ErrorResponse Of(string code, string message) => new(new ErrorBody(code, message));
}

/// <summary>The inner part of <see cref="ErrorResponse"/>.</summary>
public sealed record ErrorBody(string Code, string Message);
