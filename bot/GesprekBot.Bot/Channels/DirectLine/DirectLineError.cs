namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>Error answers in the Bot Framework shape {"error":{"code","message"}}.</summary>
internal static class DirectLineError
{
    public static IResult Create(int statusCode, string code, string message) =>
        Results.Json(new ErrorBody(new ErrorDetail(code, message)), DirectLineJson.Options, statusCode: statusCode);

    public static IResult NotFound() =>
        Create(StatusCodes.Status404NotFound, "ConversationNotFound", "Unknown conversation.");

    internal sealed record ErrorBody(ErrorDetail Error);

    internal sealed record ErrorDetail(string Code, string Message);
}
