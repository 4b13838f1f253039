using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>Answers about one member (ring, support, contact, relation, wish) and about the whole map.</summary>
internal static class DetailAnswers
{
    public static InventoryState Apply(InventoryState state, InventoryQuestion question, string text, NetworkTextCatalog texts)
    {
        if (question.Subject is not null && state.Entry(question.Subject) is not null && question.Kind != QuestionKind.Ties
            && AnswerReader.IsLater(texts, text))
        {
            return state with { MemberQuestionsStopped = true };
        }

        // "weet ik niet" leaves the answer unknown, which the map keeps apart from "no".
        if (AnswerReader.IsUnsure(texts, text) && question.Kind is not (QuestionKind.Ties or QuestionKind.Wish))
        {
            return state;
        }

        var id = question.Subject ?? string.Empty;
        return question.Kind switch
        {
            QuestionKind.Ring when AnswerReader.Ring(texts, text) is { } ring => state.UpdateMember(id, m => m with { Ring = ring }),
            QuestionKind.SupportReceived when AnswerReader.Support(texts, text) is { } support =>
                state.UpdateMember(id, m => m with { SupportReceived = support }),
            QuestionKind.SupportGiven when AnswerReader.Support(texts, text) is { } support =>
                state.UpdateMember(id, m => m with { SupportGiven = support }),
            QuestionKind.Frequency when AnswerReader.Frequency(texts, text) is { } frequency =>
                state.UpdateMember(id, m => m with { Frequency = frequency }),
            QuestionKind.Quality when AnswerReader.Quality(texts, text) is { } quality => state.UpdateMember(id, m => m with { Quality = quality }),
            QuestionKind.Wish when AnswerReader.Wish(texts, text, out var move) => state.UpdateMember(id, m => m with { Wish = move }),
            QuestionKind.MoreDetails => state with { MoreDetailsWanted = AnswerReader.YesNo(text) == true && !AnswerReader.IsLater(texts, text) },
            QuestionKind.Ties => WithTies(state, question, text, texts),
            QuestionKind.Satisfaction => state with { Satisfaction = AnswerReader.Satisfaction(text) },
            _ => state,
        };
    }

    /// <summary>The members a ties question offers: the inner-ring members after the subject.</summary>
    public static IReadOnlyList<NetworkMember> TieCandidates(InventoryState state, string? subject)
    {
        var inner = InventoryPlanner.TieMembers(state).Select(e => e.Member).ToList();
        var at = inner.FindIndex(m => m.Id == subject);
        return at < 0 ? [] : inner[(at + 1)..];
    }

    private static InventoryState WithTies(InventoryState state, InventoryQuestion question, string text, NetworkTextCatalog texts)
    {
        if (AnswerReader.IsUnsure(texts, text) || AnswerReader.IsNobody(texts, text) || AnswerReader.IsWholly(texts, InventoryChoices.NobodyOfThem, text))
        {
            return state;
        }

        var candidates = TieCandidates(state, question.Subject);
        IReadOnlyList<int> picked = candidates.Count == 1 && AnswerReader.YesNo(text) is { } yes
            ? (yes ? [0] : [])
            : AnswerReader.PickMany(text, [.. candidates.Select(m => new ChoiceOption(NetworkWording.Display(m)))]);
        var ties = state.Ties.ToList();
        foreach (var index in picked)
        {
            var tie = new NetworkTie(question.Subject!, candidates[index].Id);
            if (!ties.Exists(t => (t.FirstMemberId, t.SecondMemberId) == (tie.FirstMemberId, tie.SecondMemberId)))
            {
                ties.Add(tie);
            }
        }

        return state with { Ties = ties };
    }
}
