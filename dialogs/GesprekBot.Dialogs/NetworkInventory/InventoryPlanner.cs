using GesprekBot.Language;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>
/// Decides the next question from the state alone: the questions below are listed in the order
/// they run, and the first one not yet asked comes next. Being a pure function of the state is
/// what makes "terug" (restore an earlier state) and resuming after a pause exact.
/// </summary>
internal static class InventoryPlanner
{
    /// <summary>Detail questions are asked about this many members before the client is asked whether to go on.</summary>
    public const int DetailCap = 8;

    /// <summary>Who-knows-whom is asked among at most this many inner-ring members (at most five questions).</summary>
    public const int MaxTieMembers = 6;

    public const int MaxProposals = 5;

    /// <summary>Where members without a ring sort: after the outermost ring.</summary>
    private const int Unplaced = Network.NetworkMember.OutermostRing + 1;

    /// <summary>Life domains asked one by one; Unknown stands for "nog iemand anders" (wonen, geloof, online…).</summary>
    public static IReadOnlyList<LifeDomain> Domains { get; } =
    [
        LifeDomain.Family, LifeDomain.Friends, LifeDomain.Neighbourhood, LifeDomain.SchoolAndWork,
        LifeDomain.Leisure, LifeDomain.Professional, LifeDomain.Unknown,
    ];

    public static IReadOnlyList<QuestionKind> DetailKinds { get; } =
        [QuestionKind.SupportReceived, QuestionKind.SupportGiven, QuestionKind.Frequency, QuestionKind.Quality, QuestionKind.Wish];

    public static InventoryQuestion? Next(InventoryState state) =>
        Questions(state).FirstOrDefault(q => !state.Asked.Contains(q.Key));

    /// <summary>Inner-ring people and groups, closest first, for the who-knows-whom questions.</summary>
    public static IReadOnlyList<InventoryEntry> TieMembers(InventoryState state) =>
        [.. People(state).Where(e => e.Member.IsInnerRing).OrderBy(e => e.Member.Ring).Take(MaxTieMembers)];

    /// <summary>People and groups in the order their details are asked: inner rings first.</summary>
    public static IReadOnlyList<InventoryEntry> DetailOrder(InventoryState state) =>
        [.. People(state).OrderBy(e => e.Member.Ring ?? Unplaced)];

    private static IEnumerable<InventoryQuestion> Questions(InventoryState state)
    {
        for (var i = 0; i < state.Proposals.Count; i++)
        {
            var proposal = new InventoryQuestion(QuestionKind.Proposal, $"p{i}", i + 1, state.Proposals.Count);
            yield return proposal;
            foreach (var role in RoleQuestions(state, proposal.Key))
            {
                yield return role;
            }
        }

        for (var i = 0; i < Domains.Count; i++)
        {
            var domain = new InventoryQuestion(QuestionKind.Domain, Domains[i].ToString(), i + 1, Domains.Count);
            yield return domain;
            foreach (var role in RoleQuestions(state, domain.Key))
            {
                yield return role;
            }
        }

        foreach (var question in RingQuestions(state, e => e.Origin != QuestionKind.AnimalsAndPlaces.ToString()))
        {
            yield return question;
        }

        foreach (var question in DetailQuestions(state))
        {
            yield return question;
        }

        yield return new InventoryQuestion(QuestionKind.AnimalsAndPlaces);
        foreach (var question in RingQuestions(state, e => e.Origin == QuestionKind.AnimalsAndPlaces.ToString()))
        {
            yield return question;
        }

        yield return new InventoryQuestion(QuestionKind.Wishes);
        var inner = TieMembers(state);
        for (var i = 0; i < inner.Count - 1; i++)
        {
            yield return new InventoryQuestion(QuestionKind.Ties, inner[i].Member.Id, i + 1, inner.Count - 1);
        }

        yield return new InventoryQuestion(QuestionKind.Satisfaction);
    }

    private static IEnumerable<InventoryQuestion> RoleQuestions(InventoryState state, string origin) =>
        state.Entries.Where(e => e.Origin == origin && e.Unsure).Select(e => new InventoryQuestion(QuestionKind.Role, e.Member.Id));

    private static IEnumerable<InventoryQuestion> RingQuestions(InventoryState state, Func<InventoryEntry, bool> which)
    {
        if (state.MemberQuestionsStopped)
        {
            yield break;
        }

        var members = state.Entries.Where(e => e.Origin != QuestionKind.Wishes.ToString()).Where(which).ToList();
        for (var i = 0; i < members.Count; i++)
        {
            yield return new InventoryQuestion(QuestionKind.Ring, members[i].Member.Id, i + 1, members.Count);
        }
    }

    private static IEnumerable<InventoryQuestion> DetailQuestions(InventoryState state)
    {
        if (state.MemberQuestionsStopped)
        {
            yield break;
        }

        var ordered = DetailOrder(state);
        var limit = state.MoreDetailsWanted ? ordered.Count : Math.Min(DetailCap, ordered.Count);
        for (var i = 0; i < limit; i++)
        {
            foreach (var kind in DetailKinds)
            {
                yield return new InventoryQuestion(kind, ordered[i].Member.Id, i + 1, limit);
            }
        }

        if (ordered.Count > DetailCap)
        {
            yield return new InventoryQuestion(QuestionKind.MoreDetails);
        }
    }

    private static IEnumerable<InventoryEntry> People(InventoryState state) =>
        state.Entries.Where(e => e.Member.Kind is MemberKind.Person or MemberKind.Group
            && e.Origin != QuestionKind.AnimalsAndPlaces.ToString()
            && e.Origin != QuestionKind.Wishes.ToString());
}
