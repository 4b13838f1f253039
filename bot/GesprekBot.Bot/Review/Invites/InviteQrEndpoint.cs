using GesprekBot.Bot.Review.Accounts;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Review.Invites;

/// <summary><c>/review/invites/{code}/qr.svg</c>: the invite link as a QR code, for the organisation's caseworkers only.</summary>
internal static class InviteQrEndpoint
{
    public static IEndpointRouteBuilder MapInviteQr(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/review/invites/{code}/qr.svg", QrAsync).RequireAuthorization(ReviewHosting.Policy);
        return endpoints;
    }

    public static string LinkFor(ReviewOptions options, string code) =>
        $"{options.PublicBaseUrl.TrimEnd('/')}/?invite={Uri.EscapeDataString(code)}";

    private static async Task<IResult> QrAsync(string code, HttpContext context, InviteStore invites, IOptions<ReviewOptions> options, CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(context.User);
        var invite = (await invites.ForAsync(user.Organisation, cancellationToken)).FirstOrDefault(i => i.Code == code);
        return invite is null
            ? Results.NotFound()
            : Results.Text(InviteQrSvg.Render(LinkFor(options.Value, invite.Code)), "image/svg+xml");
    }
}
