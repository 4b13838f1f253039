using StbImageSharp;

namespace GesprekBot.Deployment.Tests.Teams;

/// <summary>A PNG decoded by StbImageSharp (not by our own writer) into RGBA pixels.</summary>
internal sealed record PngImage(int Width, int Height, byte[] Rgba)
{
    public static PngImage Decode(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        return new PngImage(image.Width, image.Height, image.Data);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var i = 0; i < Rgba.Length; i += 4)
        {
            yield return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }
}
