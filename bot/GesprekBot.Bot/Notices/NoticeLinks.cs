using GesprekBot.Bot.Review;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Notices;

/// <summary>The review link and the time zone a notice card uses, from configuration.</summary>
internal sealed class NoticeLinks(IOptions<NoticeOptions> options, IOptions<ReviewOptions> review)
{
    public TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public Uri ReviewLink(string intakeId)
    {
        var configured = options.Value.ReviewBaseUrl is { Length: > 0 } own ? own : review.Value.PublicBaseUrl;
        var baseUri = new Uri(configured.EndsWith('/') ? configured : configured + "/", UriKind.Absolute);
        return new Uri(baseUri, "review/intakes/" + Uri.EscapeDataString(intakeId));
    }
}
