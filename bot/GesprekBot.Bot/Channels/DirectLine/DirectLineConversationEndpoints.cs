using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Turns;
using Microsoft.Extensions.Options;
using static GesprekBot.Bot.Channels.DirectLine.DirectLineMessages;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Starting, resuming and talking in a conversation. Turns run on the application's stopping
/// token, not the request's: a client that gives up waiting must not leave a turn half done.
/// </summary>
internal static class DirectLineConversationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations", StartAsync).RequireRateLimiting(DirectLineRateLimits.NewConversations);
        group.MapGet("/conversations/{conversationId}", ResumeAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).RequireRateLimiting(DirectLineRateLimits.ConversationPosts);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync).RequireRateLimiting(DirectLineRateLimits.ConversationPosts);
    }

    private static async Task<IResult> StartAsync(HttpContext context, DirectLineAuth auth, DirectLineTokenService tokens, DirectLineConversations conversations, IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime)
    {
        var request = context.Request;
        var caller = auth.Authenticate(DirectLineAuth.BearerOf(request));
        if (caller.Error is not null)
        {
            return caller.Error;
        }

        var (body, error) = await JsonBody.ReadAsync<StartRequest>(request, options.Value.MaxActivityBytes, required: false, context.RequestAborted);
        if (error is not null)
        {
            return error;
        }

        var grant = caller.Grant;
        if (caller.IsSecret)
        {
            var userId = DirectLineIds.IsUserId(body?.User?.Id) ? body!.User!.Id! : DirectLineIds.NewUserId();
            grant = tokens.Issue(DirectLineIds.NewConversationId(), userId, body?.User?.Name, invite: null).Grant;
        }

        var processor = context.RequestServices.GetService<IActivityProcessor>();
        var (record, created) = await conversations.StartAsync(grant!, DirectLineIds.NormalizeLocale(body?.Locale), DirectLineUrls.ServiceUrl(request), processor, lifetime.ApplicationStopping);
        var (token, _) = tokens.Renew(grant!);
        var response = new ConversationResponse(record.ConversationId, token, (int)tokens.Lifetime.TotalSeconds, DirectLineUrls.StreamUrl(request, record.ConversationId, token, watermark: null));
        return Results.Json(response, DirectLineJson.Options, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ResumeAsync(string conversationId, string? watermark, HttpContext context, DirectLineAuth auth, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        var (caller, record, error) = await AuthorizeAsync(conversationId, context, auth, store);
        if (error is not null)
        {
            return error;
        }

        var (token, _) = caller!.IsSecret
            ? tokens.Issue(record!.ConversationId, record.UserId, record.UserName, record.Invite, record.ChannelId)
            : tokens.Renew(caller.Grant!);
        var safeWatermark = ActivityIds.ParseWatermark(watermark) > 0 ? watermark : null;
        var response = new ConversationResponse(record!.ConversationId, token, (int)tokens.Lifetime.TotalSeconds, DirectLineUrls.StreamUrl(context.Request, record.ConversationId, token, safeWatermark));
        return Results.Json(response, DirectLineJson.Options);
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpContext context, DirectLineAuth auth, DirectLineConversationStore store, DirectLineConversations conversations, IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime)
    {
        var (caller, record, error) = await AuthorizeAsync(conversationId, context, auth, store);
        if (error is not null)
        {
            return error;
        }

        var (activity, bodyError) = await JsonBody.ReadAsync<Activity>(context.Request, options.Value.MaxActivityBytes, required: true, context.RequestAborted);
        if (bodyError is not null)
        {
            return bodyError;
        }

        if (string.IsNullOrEmpty(activity!.Type))
        {
            return DirectLineError.Create(StatusCodes.Status400BadRequest, "MissingType", "An activity needs a type.");
        }

        if (!ActivityFactory.IsClientType(activity.Type))
        {
            return DirectLineError.Create(StatusCodes.Status400BadRequest, "UnsupportedType", "Clients may send message, event and typing activities.");
        }

        // A token speaks for its own user only; the secret's holder may name any user of the conversation.
        activity.From ??= new ChannelAccount();
        activity.From.Id = caller!.IsSecret ? activity.From.Id ?? record!.UserId : caller.Grant!.UserId;
        try
        {
            var processor = context.RequestServices.GetService<IActivityProcessor>();
            var id = await conversations.PostAsync(record!, activity, DirectLineUrls.ServiceUrl(context.Request), processor, lifetime.ApplicationStopping);
            return Results.Json(new ResourceResponse(id), DirectLineJson.Options);
        }
        catch (BotFailureException)
        {
            return DirectLineError.Create(StatusCodes.Status502BadGateway, "BotError", "The bot could not handle the activity.");
        }
    }

    private static async Task<IResult> GetActivitiesAsync(string conversationId, string? watermark, HttpContext context, DirectLineAuth auth, DirectLineConversationStore store, DirectLineConversations conversations)
    {
        var (_, _, error) = await AuthorizeAsync(conversationId, context, auth, store);
        return error ?? Results.Json(await conversations.ReadAsync(conversationId, watermark, context.RequestAborted), DirectLineJson.Options);
    }

    private static async Task<IResult> UploadAsync(string conversationId, HttpContext context, DirectLineAuth auth, DirectLineConversationStore store)
    {
        var (_, _, error) = await AuthorizeAsync(conversationId, context, auth, store);
        // Attachments are not part of an intake yet; say so plainly rather than drop the files.
        return error ?? DirectLineError.Create(StatusCodes.Status501NotImplemented, "UploadNotSupported", "Uploading files is not supported.");
    }

    private static async Task<(AuthResult? Caller, ConversationRecord? Record, IResult? Error)> AuthorizeAsync(string conversationId, HttpContext context, DirectLineAuth auth, DirectLineConversationStore store)
    {
        var caller = auth.AuthorizeConversation(DirectLineAuth.BearerOf(context.Request), conversationId);
        if (caller.Error is not null)
        {
            return (null, null, caller.Error);
        }

        var record = DirectLineIds.IsConversationId(conversationId) ? await store.GetRecordAsync(conversationId, context.RequestAborted) : null;
        return record is null ? (null, null, DirectLineError.NotFound()) : (caller, record, null);
    }
}
