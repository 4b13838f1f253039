using QRCoder;

namespace GesprekBot.Bot.Review.Invites;

/// <summary>
/// An invite link as a QR code in SVG (QRCoder): error-correction level M, the smallest version that fits,
/// the 4-module light margin, 6 pixels per module. The SVG holds only shapes and colours, never the link's
/// text, so it needs no escaping and nothing in it loads from elsewhere.
/// </summary>
internal static class InviteQrSvg
{
    private const int PixelsPerModule = 6;

    public static string Render(string link)
    {
        ArgumentNullException.ThrowIfNull(link);
        using var data = QRCodeGenerator.GenerateQrCode(link, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(PixelsPerModule);
    }
}
