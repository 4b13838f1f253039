using System.Text.Json;
using System.Text.Json.Nodes;

namespace GesprekBot.Bot.Protocol.Cards;

/// <summary>
/// What a card button sends back when the channel returns an Action.Submit's object data as the
/// message's <c>value</c> (Teams): the answer, and the question it answers (<c>Reply.QuestionId</c>),
/// so a click on an old card can be told from an answer to the waiting question.
/// </summary>
public sealed record CardSubmit(string Answer, string? QuestionId)
{
    public const string AnswerField = "answer";
    public const string QuestionField = "questionId";

    public JsonObject ToData()
    {
        var data = new JsonObject { [AnswerField] = Answer };
        if (!string.IsNullOrEmpty(QuestionId))
        {
            data[QuestionField] = QuestionId;
        }

        return data;
    }

    /// <summary>Reads a submitted value; null when it is not one of ours (no string answer).</summary>
    public static CardSubmit? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data
            || !data.TryGetProperty(AnswerField, out var answer) || answer.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var question = data.TryGetProperty(QuestionField, out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
        return new CardSubmit(answer.GetString()!, string.IsNullOrEmpty(question) ? null : question);
    }
}
