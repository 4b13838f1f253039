using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// The chat page hands out tokens to anyone who opens it, and each started conversation is
/// stored: a per-client limit on new tokens and conversations keeps a script from filling the
/// store; a per-conversation limit on posted activities keeps one conversation from being flooded
/// with turns. Answers 429 with Retry-After, which DirectLineJS waits for. Behind a reverse proxy the
/// client address is the proxy's unless forwarded headers are configured.
/// </summary>
internal static class DirectLineRateLimits
{
    public const string NewConversations = "directline-new-conversations";

    public const string ConversationPosts = "directline-conversation-posts";

    public static IServiceCollection AddDirectLineRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(NewConversations, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.NewConversationsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            limiter.AddPolicy(ConversationPosts, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.PostsPerConversationPerMinute;
                // The conversation id from the route; the token check after this decides whether it is the caller's.
                var conversation = context.Request.RouteValues.TryGetValue("conversationId", out var id) ? id?.ToString() ?? string.Empty : string.Empty;
                return RateLimitPartition.GetFixedWindowLimiter(
                    conversation,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers[HeaderNames.RetryAfter] = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                var message = rejected.HttpContext.Request.RouteValues.ContainsKey("conversationId")
                    ? "Too many activities in this conversation; try again shortly."
                    : "Too many new conversations from this address; try again shortly.";
                await DirectLineError.Create(StatusCodes.Status429TooManyRequests, "TooManyRequests", message).ExecuteAsync(rejected.HttpContext);
            };
        });
}
