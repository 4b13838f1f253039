using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Channels.BotFramework;

/// <summary>Answers in the connector API's error shape, <c>{"error":{"code","message"}}</c>.</summary>
internal static class ProtocolResults
{
    public static IResult Error(int statusCode, string code, string message) =>
        Results.Json(ErrorResponse.Of(code, message), ProtocolJson.Options, statusCode: statusCode);

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "BadRequest", message);

    // Deliberately vague: the reason is logged, not told to whoever sent a bad token.
    public static IResult Unauthorized() => Error(StatusCodes.Status401Unauthorized, "Unauthorized", "The request is not authorized.");
}
