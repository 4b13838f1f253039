using System.Globalization;
using System.Text;

namespace GesprekBot.Bot.Review.Invites.Qr;

/// <summary>A QR code as SVG: one path of unit squares and the 4-module light margin the standard asks for. Only numbers, no text.</summary>
internal static class QrSvg
{
    private const int QuietZone = 4;

    public static string Render(QrCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var size = code.Size + (2 * QuietZone);
        var path = new StringBuilder();
        for (var y = 0; y < code.Size; y++)
        {
            for (var x = 0; x < code.Size; x++)
            {
                if (code[x, y])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x + QuietZone},{y + QuietZone}h1v1h-1z");
                }
            }
        }

        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{size * 6}" height="{size * 6}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>""";
    }
}
