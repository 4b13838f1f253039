using System.Text.Json;
using System.Text.Json.Nodes;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Protocol.Cards;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Notices;

namespace GesprekBot.Bot.Notices;

/// <summary>
/// The Adaptive Card (1.5, what Teams renders for bots) of a channel notice: what happened (in
/// Dutch words), the intake code, when (in the caseworkers' zone) and an "open in review" link.
/// Built from the kind, the code, the crisis categories and a time only: the client's answers,
/// names and the words that raised a flag are never handed to it.
/// </summary>
internal static class NoticeCard
{
    public static Attachment Build(NoticeKind kind, string? code, IEnumerable<CrisisCategory> categories, DateTimeOffset at, TimeZoneInfo zone, Uri reviewLink)
    {
        var what = kind == NoticeKind.Urgent
            ? string.Join(", ", categories.Distinct().Order().Select(NoticeText.Category))
            : NoticeText.Text("Kind.Submitted");
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var body = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = NoticeText.Text("Title." + kind),
                ["weight"] = "Bolder",
                ["size"] = "Medium",
                ["wrap"] = true,
                ["color"] = kind == NoticeKind.Urgent ? "Attention" : "Default",
            },
            new JsonObject { ["type"] = "TextBlock", ["text"] = NoticeText.Text("Intro." + kind), ["wrap"] = true },
            new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray
                {
                    Fact("Fact.Kind", what.Length > 0 ? what : NoticeText.Text("Title.Urgent")),
                    Fact("Fact.Code", code is { Length: > 0 } ? code : NoticeText.Text("NoCode")),
                    Fact("Fact.When", local.ToString("d MMMM yyyy HH:mm", NoticeText.Culture)),
                },
            },
        };
        var content = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JsonArray
            {
                new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = NoticeText.Text("OpenInReview"), ["url"] = reviewLink.AbsoluteUri },
            },
        };
        return new Attachment
        {
            ContentType = CardContentTypes.Adaptive,
            Content = JsonSerializer.SerializeToElement(content),
        };
    }

    private static JsonObject Fact(string titleKey, string value) => new() { ["title"] = NoticeText.Text(titleKey), ["value"] = value };
}
