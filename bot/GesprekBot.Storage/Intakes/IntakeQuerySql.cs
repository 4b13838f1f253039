using System.Text;
using Dapper;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Database;

namespace GesprekBot.Storage.Intakes;

/// <summary>
/// The WHERE clause of a list query, from fixed fragments only: every value the caseworker typed is
/// a parameter. Absent filters leave their fragment out (rather than <c>@x IS NULL OR …</c>), so the
/// planner sees exactly the conditions it must use, and PostgreSQL never has to type a null.
/// </summary>
internal static class IntakeQuerySql
{
    public const string Select = """
        SELECT i.id AS Id, i.organisation AS Organisation, i.record AS Record, r.status AS ReviewStatus, r.assignee AS Assignee
        FROM intakes i LEFT JOIN review_status r ON r.intake_id = i.id
        """;

    private const string Join = " LEFT JOIN review_status r ON r.intake_id = i.id";

    /// <summary>The list is the open urgent intakes, then the rest; each part newest first.</summary>
    public enum ListSegment
    {
        OpenUrgent,
        Rest,
    }

    /// <summary>
    /// One part of a page, newest first, from <paramref name="segment"/> of the list. The ids come first
    /// (a walk over intakes_recent that stops after <paramref name="skip"/> + <paramref name="take"/>),
    /// only then their records: a deep page never reads the ciphertext of the rows it skips.
    /// </summary>
    public static (string Sql, DynamicParameters Parameters) Page(IntakeQuery query, IReadOnlyList<string> nameHashes, ListSegment segment, int take, int skip)
    {
        var (where, parameters) = Where(query, nameHashes, segment);
        parameters.Add("take", take);
        parameters.Add("skip", skip);
        return ($"""
            SELECT i.id AS Id, i.organisation AS Organisation, i.record AS Record, r.status AS ReviewStatus, r.assignee AS Assignee
            FROM (SELECT i.id AS id, i.sort_at AS sort_at FROM intakes i{From(where)}{where} ORDER BY i.sort_at DESC, i.id LIMIT @take OFFSET @skip) p
            JOIN intakes i ON i.id = p.id LEFT JOIN review_status r ON r.intake_id = i.id
            ORDER BY p.sort_at DESC, p.id;
            """, parameters);
    }

    /// <summary>How many intakes the filters leave in <paramref name="segment"/> (null: the whole list), over every page.</summary>
    public static (string Sql, DynamicParameters Parameters) Count(IntakeQuery query, IReadOnlyList<string> nameHashes, ListSegment? segment)
    {
        var (where, parameters) = Where(query, nameHashes, segment);
        return ($"SELECT COUNT(*) FROM intakes i{From(where)}{where};", parameters);
    }

    // The review's row only when a condition needs it: a count of the whole list then stays inside intakes_recent.
    private static string? From(string where) =>
        where.Contains("r.status", StringComparison.Ordinal) || where.Contains("r.assignee", StringComparison.Ordinal) ? Join : null;

    private static (string Where, DynamicParameters Parameters) Where(IntakeQuery query, IReadOnlyList<string> nameHashes, ListSegment? segment)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder(" WHERE i.status <> @discarded");
        var parameters = new DynamicParameters(new { discarded = nameof(IntakeStatus.Discarded) });
        if (segment is { } part)
        {
            // Open urgent: urgent and not closed (without a closed status: every urgent one). The rest: all others.
            var closed = query.ClosedReviewStatus is { } status;
            where.Append((part, closed) switch
            {
                (ListSegment.OpenUrgent, true) => " AND i.urgent = 1 AND (r.status IS NULL OR r.status <> @closed)",
                (ListSegment.OpenUrgent, false) => " AND i.urgent = 1",
                (_, true) => " AND (i.urgent = 0 OR r.status = @closed)",
                _ => " AND i.urgent = 0",
            });
            if (closed)
            {
                parameters.Add("closed", query.ClosedReviewStatus);
            }
        }

        if (IntakeRows.OrganisationKey(query.Organisation) is { } organisation)
        {
            where.Append(" AND i.organisation_key = @organisation");
            parameters.Add("organisation", organisation);
        }
        else
        {
            where.Append(" AND i.organisation_key IS NULL");
        }

        Add(where, parameters, query.Status?.ToString(), " AND i.status = @status", "status");
        Add(where, parameters, query.Urgent is { } urgent ? (urgent ? 1 : 0) : null, " AND i.urgent = @urgent", "urgent");
        Add(where, parameters, StorageTime.ToColumn(query.From), " AND i.sort_at >= @from", "from");
        Add(where, parameters, StorageTime.ToColumn(query.Until), " AND i.sort_at < @until", "until");
        // As a subquery, so the planner starts from the code's index; as a plain condition SQLite walked
        // the organisation's whole list in order (7 ms instead of 0.7 ms at 20,000 intakes).
        Add(where, parameters, string.IsNullOrWhiteSpace(query.Code) ? null : IntakeRows.CodeHash(query.Code), " AND i.id IN (SELECT c.id FROM intakes c WHERE c.code_hash = @code)", "code");
        Add(
            where,
            parameters,
            query.ReviewStatus,
            query.ReviewStatusIncludesNone ? " AND (r.status = @review OR r.status IS NULL)" : " AND r.status = @review",
            "review");
        Add(where, parameters, query.Assignee, " AND r.assignee = @assignee", "assignee");
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            where.Append(Search(query.Search, nameHashes, parameters));
        }

        return (where.ToString(), parameters);
    }

    // The typed text may be the code or a part of the name: either matches (the code's lookup is one
    // index probe, so it is always tried). Text with nothing left of it matches nothing, not everything.
    private static string Search(string typed, IReadOnlyList<string> nameHashes, DynamicParameters parameters)
    {
        var either = new List<string>();
        if (IntakeRows.CodeHash(typed) is { } code)
        {
            parameters.Add("searchCode", code);
            either.Add("i.id IN (SELECT c.id FROM intakes c WHERE c.code_hash = @searchCode)");
        }

        if (nameHashes.Count > 0)
        {
            var names = new StringBuilder();
            for (var i = 0; i < nameHashes.Count; i++)
            {
                names.Append(i == 0 ? "@n0" : $", @n{i}");
                parameters.Add($"n{i}", nameHashes[i]);
            }

            parameters.Add("pieces", nameHashes.Count);
            // "i.id || ''": not the id's index. A common piece matches thousands of intakes, and looking each up
            // by id reads its row; walking the organisation's list in intakes_recent and asking the matched set is
            // cheaper (SQLite, 10,000 matches among 100,000 intakes: a page with its counts 400 → 170 ms).
            either.Add($"i.id || '' IN (SELECT g.intake_id FROM intake_name_grams g WHERE g.gram IN ({names}) GROUP BY g.intake_id HAVING COUNT(*) = @pieces)");
        }

        return either.Count == 0 ? " AND 1 = 0" : $" AND ({string.Join(" OR ", either)})";
    }

    private static void Add(StringBuilder where, DynamicParameters parameters, object? value, string fragment, string name)
    {
        if (value is not null)
        {
            where.Append(fragment);
            parameters.Add(name, value);
        }
    }
}
