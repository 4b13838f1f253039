using System.Globalization;

namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>
/// Shortens a label for the picture by whole text elements (an emoji with its skin tone or a
/// letter with its accent is never cut in half) and marks the cut with an ellipsis; the full label
/// stays in the node's title. Line breaks and tabs become spaces, as SVG would show them anyway.
/// </summary>
internal static class LabelText
{
    public const int MaxTextElements = 16;

    public const int MaxTextElementsWhenCrowded = 10;

    public static string Shorten(string label, int max = MaxTextElements)
    {
        var flat = string.Join(' ', label.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var info = new StringInfo(flat);
        if (info.LengthInTextElements <= max)
        {
            return flat;
        }

        return info.SubstringByTextElements(0, max - 1).TrimEnd() + "…";
    }
}
