using System.Globalization;
using System.Text;
using System.Text.Json;
using GesprekBot.Bot.Protocol.Cards;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Bot.Protocol;

/// <summary>
/// Turns the dialogs' replies into message activities addressed back to the sender and shaped
/// for what the inbound channel can show (suggested actions, cards or plain text).
/// </summary>
public static class ReplyMapper
{
    public static IReadOnlyList<Activity> ToActivities(Activity inbound, IReadOnlyList<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(replies);
        var capabilities = ChannelCapabilityMap.For(inbound.ChannelId);
        var activities = new List<Activity>(replies.Count);
        foreach (var reply in replies)
        {
            activities.Add(ToActivity(inbound, reply, capabilities));
        }

        return activities;
    }

    private static Activity ToActivity(Activity inbound, Reply reply, ChannelCapabilities capabilities)
    {
        var activity = ReplyAddressing.CreateReply(inbound);
        activity.InputHint = InputHint(reply.InputHint);
        if (inbound.ChannelId == ChannelIds.MsTeams)
        {
            ShapeForTeams(activity, reply);
            return activity;
        }

        var text = new StringBuilder(reply.Text);
        var attachments = new List<Attachment>();

        if (reply.Card is { } card)
        {
            if (capabilities.SupportsCards)
            {
                attachments.Add(AdaptiveCardBuilder.Build(card));
            }
            else
            {
                AppendCardAsText(text, card);
            }
        }

        if (reply.Choices.Count > 0)
        {
            if (reply.Choices.Count <= capabilities.MaxSuggestedActions)
            {
                activity.SuggestedActions = SuggestedActionsFor(reply.Choices);
            }
            else if (capabilities.SupportsCards)
            {
                attachments.Add(HeroCardBuilder.ForChoices(reply.Choices));
            }
            else
            {
                AppendNumberedList(text, reply.Choices);
            }
        }

        // A2004: no empty strings on the wire.
        activity.Text = text.Length == 0 ? null : text.ToString();
        activity.Attachments = attachments.Count == 0 ? null : attachments;
        return activity;
    }

    /// <summary>
    /// Teams: a summary becomes an Adaptive Card instead of its text (which only repeats it), and a
    /// question with choices becomes a card with its text and one Action.Submit per choice, whose data
    /// names the question (<see cref="Reply.QuestionId"/>). Teams keeps old cards clickable, so the
    /// question's identity is what tells an answer from a click on an earlier question.
    /// </summary>
    private static void ShapeForTeams(Activity activity, Reply reply)
    {
        var attachments = new List<Attachment>();
        CardSubmit Submit(ReplyChoice choice) => new(choice.SentText, reply.QuestionId);
        string? text = reply.Text;
        if (reply.Card is { } card)
        {
            attachments.Add(AdaptiveCardBuilder.Build(card, Submit));
            text = null;
        }

        if (reply.Choices.Count > 0)
        {
            attachments.Add(AdaptiveCardBuilder.ForChoices(text, reply.Choices, Submit));
            text = null;
        }

        activity.Text = string.IsNullOrEmpty(text) ? null : text;
        activity.Attachments = attachments.Count == 0 ? null : attachments;
    }

    private static SuggestedActions SuggestedActionsFor(IReadOnlyList<ReplyChoice> choices) => new()
    {
        // An empty "to" means everyone in the conversation (A7710).
        To = [],
        Actions = [.. choices.Select(c => new CardAction
        {
            Type = "imBack",
            Title = c.Title,
            Value = JsonSerializer.SerializeToElement(c.SentText),
        })],
    };

    private static void AppendCardAsText(StringBuilder text, ReplyCard card)
    {
        AppendLine(text, card.Title);
        AppendLine(text, card.Text);
        foreach (var (label, value) in card.Facts)
        {
            AppendLine(text, string.Create(CultureInfo.InvariantCulture, $"{label}: {value}"));
        }

        AppendNumberedList(text, card.Buttons);
    }

    private static void AppendNumberedList(StringBuilder text, IReadOnlyList<ReplyChoice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            AppendLine(text, string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {choices[i].Title}"));
        }
    }

    private static void AppendLine(StringBuilder text, string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(line);
    }

    private static string InputHint(ReplyInputHint hint) => hint switch
    {
        ReplyInputHint.ExpectingInput => "expectingInput",
        ReplyInputHint.IgnoringInput => "ignoringInput",
        _ => "acceptingInput",
    };
}
