using System.Text.Json;
using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Channels.BotFramework;

/// <summary>Reads and checks the activity in a request body; every bad input is a 4xx, never a 500.</summary>
internal static class InboundActivityReader
{
    public sealed record Outcome(Activity? Activity, IResult? Rejection);

    public static async Task<Outcome> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return Reject(TooLarge());
        }

        var body = await ReadCappedAsync(request.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return Reject(TooLarge());
        }

        Activity? activity;
        try
        {
            activity = body.Length == 0 ? null : JsonSerializer.Deserialize<Activity>(body, ProtocolJson.InboundOptions);
        }
        catch (JsonException)
        {
            return Reject(ProtocolResults.BadRequest("The body must be a JSON activity object."));
        }

        var problem = activity is null ? "The body must be a JSON activity object." : Problem(activity);
        if (problem is not null)
        {
            return Reject(ProtocolResults.BadRequest(problem));
        }

        // A2251: callerId is set by whoever authenticated the caller, never taken from the wire.
        activity!.Properties?.Remove("callerId");
        return new Outcome(activity, null);
    }

    private static string? Problem(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Type))
        {
            return "The activity has no type.";
        }

        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return "The activity has no conversation.id.";
        }

        if (string.IsNullOrEmpty(activity.From?.Id))
        {
            return "The activity has no from.id.";
        }

        var expectReplies = activity.DeliveryMode == ActivityTypes.ExpectReplies;
        if (string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return expectReplies ? null : "The activity has no serviceUrl.";
        }

        return Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : "The activity's serviceUrl is not an http(s) URL.";
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult TooLarge() =>
        ProtocolResults.Error(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", "The activity is too large.");

    private static Outcome Reject(IResult result) => new(null, result);
}
