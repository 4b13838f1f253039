using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Network.Picture;
using Microsoft.AspNetCore.Html;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>
/// What the detail page shows of a map. The trust boundary: <see cref="Svg"/> is the one place the
/// review writes markup unencoded, and it only takes <see cref="NetworkMapPicture.RenderSvg"/>'s output,
/// which escapes every label through XmlWriter and holds no script, links or external references
/// (tested in the dialogs and in ReviewIntakePageTests with hostile labels). Everything else is text that Razor encodes.
/// </summary>
public static class MapView
{
    public static IHtmlContent Svg(NetworkMap map, string id = NetworkMapPicture.DefaultId) =>
        new HtmlString(NetworkMapPicture.RenderSvg(map, ReviewText.Culture, id));

    public static IReadOnlyList<string> AsText(NetworkMap map) => NetworkMapPicture.DescribeAsText(map, ReviewText.Culture);

    public static string MemberName(NetworkMember member) => member.Name ?? member.Label;

    /// <summary>"Deblokkeren: De relatie met Tom is moeilijk: …" — the move and its reason in plain Dutch.</summary>
    public static string Reason(NetworkMap map, RadioSuggestion suggestion)
    {
        var member = suggestion.MemberId is null ? null : map.Find(suggestion.MemberId);
        var domains = string.Join(", ", (suggestion.Domains ?? []).Select(d => ReviewText.Of("Domain", d)));
        return ReviewText.Format($"Reason{suggestion.Reason}", member is null ? string.Empty : MemberName(member), suggestion.Count, domains);
    }

    public static string Move(RadioMove move) => ReviewText.Of("Move", move);
}
