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
        SELECT i.id AS Id, i.organisation AS Organisation, i.record AS Record, r.status AS ReviewStatus
        FROM intakes i LEFT JOIN review_status r ON r.intake_id = i.id
        """;

    public static (string Sql, DynamicParameters Parameters) Page(IntakeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (size, page) = (query.Size, query.PageNumber);
        var where = new StringBuilder(" WHERE i.status <> @discarded");
        var parameters = new DynamicParameters(new { discarded = nameof(IntakeStatus.Discarded), take = size + 1, skip = (page - 1) * size });
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
        return ($"{Select}{where} ORDER BY i.urgent DESC, i.sort_at DESC, i.id LIMIT @take OFFSET @skip;", parameters);
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
