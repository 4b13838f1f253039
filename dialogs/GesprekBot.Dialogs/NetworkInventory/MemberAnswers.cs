using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Resources;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>Answers that name members: proposals, domains, roles, animals and places, wishes.</summary>
internal static class MemberAnswers
{
    public static InventoryState Apply(InventoryState state, InventoryQuestion question, string text, NetworkTextCatalog texts, out string? acknowledgement)
    {
        acknowledgement = null;
        IReadOnlyList<NetworkMember> touched = [];
        switch (question.Kind)
        {
            case QuestionKind.Proposal when ProposalIndex(question) is { } index && index < state.Proposals.Count:
                state = Proposal(state, question, state.Proposals[index], text, out touched);
                break;
            case QuestionKind.Domain when !AnswerReader.IsNobody(texts, text):
                var domain = Enum.TryParse<LifeDomain>(question.Subject, out var d) ? d : LifeDomain.Unknown;
                state = MemberMerge.Add(state, NetworkMemberRecognizer.RecognizeAll(text), question.Key, domain, wished: false, out touched);
                break;
            case QuestionKind.Role when question.Subject is { } id && NewPeople(state, id, text) is { Count: > 0 } others:
                // "Wie is Kevin voor jou?" – "mijn vrind jonas": the client named someone else, who is added; Kevin keeps what is known.
                var origin = state.Entry(id)!.Origin;
                var asked = Enum.TryParse<LifeDomain>(origin, out var o) ? o : LifeDomain.Unknown;
                state = MemberMerge.Add(state, others, origin, asked, wished: false, out touched);
                break;
            case QuestionKind.Role when question.Subject is { } id && AnswerReader.Role(texts, text) is { } role:
                state = state.UpdateMember(id, m => m with { Role = role.Role ?? m.Role, Domain = role.Domain ?? m.Domain });
                break;
            case QuestionKind.AnimalsAndPlaces when !AnswerReader.IsNobody(texts, text):
                state = MemberMerge.Add(state, NetworkMemberRecognizer.RecognizeAll(text), question.Key, LifeDomain.Unknown, wished: false, out touched);
                break;
            case QuestionKind.Wishes when !AnswerReader.IsNobody(texts, text):
                // The wish is kept in their words; the people in it are marked, or added as wished-for.
                state = state with { Wishes = [.. state.Wishes, text.Trim()] };
                // "iemand om mee te wandelen" is a wish, not a person to put on the map.
                var named = NetworkMemberRecognizer.RecognizeAll(text).Where(m => m.Name is not null || m.Role is not null);
                state = MemberMerge.Add(state, named, question.Key, LifeDomain.Unknown, wished: true, out _);
                acknowledgement = texts[nameof(NetworkTexts.WishNoted)];
                return state;
            default:
                break;
        }

        acknowledgement = InventoryAnswers.Written(texts, touched);
        return state;
    }

    /// <summary>
    /// "Hoort Tom in je netwerk?" – "ja", "nee, maar mijn zus Lotte wel", "Tom is mijn neef", "mijn mama en
    /// nonkel Jef": everyone named is written down; Tom only on a yes or when named himself. When the
    /// client named only others, Tom is asked about again (after them), unless nothing new was written.
    /// </summary>
    private static InventoryState Proposal(
        InventoryState state, InventoryQuestion question, RecognizedMember proposal, string text, out IReadOnlyList<NetworkMember> touched)
    {
        var named = NetworkMemberRecognizer.RecognizeAll(text).Where(m => m.Name is not null || m.Role is not null).ToList();
        var self = named.FirstOrDefault(m => IsProposal(proposal, m));
        var yes = AnswerReader.YesNo(text);
        List<RecognizedMember> adding = [.. named.Where(m => !ReferenceEquals(m, self))];
        if (yes == true || (self is not null && yes != false))
        {
            adding.Insert(0, self is null ? proposal : self with { Name = self.Name ?? proposal.Name, Role = self.Role ?? proposal.Role });
        }

        state = MemberMerge.Add(state, adding, question.Key, LifeDomain.Unknown, wished: false, out touched);
        return yes is null && self is null && touched.Count > 0
            ? state with { Asked = [.. state.Asked.Where(k => k != question.Key)] }
            : state;
    }

    private static bool IsProposal(RecognizedMember proposal, RecognizedMember found) =>
        proposal.Name is { } name
            ? string.Equals(name, found.Name, StringComparison.OrdinalIgnoreCase)
            : proposal.Role is { } role && string.Equals(role, found.Role, StringComparison.OrdinalIgnoreCase);

    /// <summary>People with a name other than the member asked about ("Kevin is mijn broer" is about Kevin himself).</summary>
    private static List<RecognizedMember> NewPeople(InventoryState state, string memberId, string text)
    {
        var subject = state.Entry(memberId)?.Member.Name;
        return [.. NetworkMemberRecognizer.RecognizeAll(text)
            .Where(m => m.Name is not null && !string.Equals(m.Name, subject, StringComparison.OrdinalIgnoreCase))];
    }

    private static int? ProposalIndex(InventoryQuestion question) =>
        question.Subject is ['p', .. var rest] && int.TryParse(rest, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : null;
}
