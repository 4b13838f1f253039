using System.Text.Json;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Protocol.Connector;

namespace GesprekBot.Bot.Channels.BotFramework;

/// <summary>
/// Gets a turn's replies to the channel: in the HTTP response for expectReplies and invokes,
/// otherwise through the connector API, in order.
/// </summary>
internal sealed class ReplyDelivery(IConnectorClient connector)
{
    public async Task<IResult> DeliverAsync(Activity inbound, IReadOnlyList<Activity> replies, ILogger logger, CancellationToken cancellationToken)
    {
        var invokeResponse = replies.FirstOrDefault(r => r.Type == ActivityTypes.InvokeResponse);
        var outgoing = replies
            .Where(r => r.Type != ActivityTypes.InvokeResponse)
            // Trace activities are debugging aids only the Emulator shows.
            .Where(r => r.Type != ActivityTypes.Trace || inbound.ChannelId == ChannelIds.Emulator)
            .ToList();

        if (inbound.DeliveryMode == ActivityTypes.ExpectReplies)
        {
            return Results.Json(new ExpectedReplies(outgoing), ProtocolJson.Options);
        }

        for (var i = 0; i < outgoing.Count; i++)
        {
            var reply = outgoing[i];
            reply.ServiceUrl ??= inbound.ServiceUrl;
            reply.Conversation ??= inbound.Conversation;
            try
            {
                await connector.SendAsync(reply, cancellationToken);
            }
            catch (ConnectorException ex)
            {
                // The turn already ran and its state is saved: a 502 tells the channel that the
                // answer was lost, rather than a 200 that pretends it was delivered. The rest is not
                // sent, so the user never sees later replies without the earlier ones.
                BotFrameworkLog.DeliveryFailed(logger, ex, i + 1, outgoing.Count, inbound.Conversation?.Id, inbound.ChannelId, (int?)ex.StatusCode);
                return ProtocolResults.Error(StatusCodes.Status502BadGateway, "BadGateway", "The reply could not be delivered to the channel.");
            }
        }

        if (inbound.Type == ActivityTypes.Invoke)
        {
            return invokeResponse is null
                ? ProtocolResults.Error(StatusCodes.Status501NotImplemented, "NotImplemented", "This invoke is not supported.")
                : InvokeResult(invokeResponse);
        }

        return Results.Ok();
    }

    // The invoke answer travels as an activity value {status, body}, like Bot Builder's InvokeResponse.
    private static IResult InvokeResult(Activity invokeResponse)
    {
        var value = invokeResponse.Value;
        var status = value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("status", out var s) && s.TryGetInt32(out var code)
            ? code
            : StatusCodes.Status200OK;
        return value is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty("body", out var body) && body.ValueKind != JsonValueKind.Null
            ? Results.Json(body, ProtocolJson.Options, statusCode: status)
            : Results.StatusCode(status);
    }
}
