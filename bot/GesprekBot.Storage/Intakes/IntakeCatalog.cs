using System.Data.Common;
using System.Text;
using Dapper;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.Intakes;

/// <summary>
/// The review's reads of <c>intakes</c>: a page of one organisation's list (one indexed query with
/// LIMIT; only the page's records are decrypted, so a page costs the same at ten or a hundred thousand
/// intakes), one intake with its place, and the admins' assignment of an unowned one. A page also
/// counts its whole list, and a page past the end gives the last one.
/// </summary>
public sealed class IntakeCatalog(StorageDatabase database, IDocumentProtector protector)
{
    private readonly IntakeQueryNames names = new(database, protector);

    public async Task<IntakePage> PageAsync(IntakeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hashes = string.IsNullOrWhiteSpace(query.Search) ? [] : await names.SearchHashesAsync(query.Search, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = await CountAsync(connection, query, hashes, null, cancellationToken);
        var open = await CountAsync(connection, query, hashes, IntakeQuerySql.ListSegment.OpenUrgent, cancellationToken);
        var size = query.Size;
        var last = (int)Math.Max(1, (total + size - 1) / size);
        var page = Math.Min(query.PageNumber, last);
        var skip = (long)(page - 1) * size;

        // Open urgent intakes first, then the rest: each part is walked in index order, so a page costs
        // what it shows, not what the list holds (sorting on "urgent and not closed" would read every row).
        var rows = new List<Row>();
        if (skip < open)
        {
            rows.AddRange(await RowsAsync(connection, query, hashes, IntakeQuerySql.ListSegment.OpenUrgent, size, (int)skip, cancellationToken));
        }

        if (rows.Count < size)
        {
            rows.AddRange(await RowsAsync(connection, query, hashes, IntakeQuerySql.ListSegment.Rest, size - rows.Count, (int)Math.Max(0, skip - open), cancellationToken));
        }

        // The pieces of a name can all be there without the typed run being in it ("anan" in "nana"): those are dropped here.
        var items = rows.Select(Read).Where(i => string.IsNullOrWhiteSpace(query.Search) || Fits(i.Record, query.Search)).ToList();
        return new IntakePage(items, page, page < last) { Total = (int)total, PageSize = size };
    }

    /// <summary>One intake, wherever it belongs; the caller decides who may see it.</summary>
    public async Task<CatalogedIntake?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"{IntakeQuerySql.Select} WHERE i.id = @id;", new { id }, cancellationToken: cancellationToken));
        return row is null ? null : Read(row);
    }

    /// <summary>Several intakes by id, wherever they belong (ids that do not exist are left out); the caller decides who may see them.</summary>
    public async Task<IReadOnlyList<CatalogedIntake>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new List<CatalogedIntake>();
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(100))
        {
            var parameters = new DynamicParameters();
            var names = new StringBuilder();
            for (var i = 0; i < chunk.Length; i++)
            {
                names.Append(i == 0 ? "@id0" : $", @id{i}");
                parameters.Add($"id{i}", chunk[i]);
            }

            var rows = await connection.QueryAsync<Row>(new CommandDefinition(
                $"{IntakeQuerySql.Select} WHERE i.id IN ({names});", parameters, cancellationToken: cancellationToken));
            found.AddRange(rows.Select(Read));
        }

        return found;
    }

    /// <summary>Gives an unowned intake to <paramref name="organisation"/>; false when it is owned already (two admins at once: the first wins).</summary>
    public async Task<bool> AssignAsync(string id, string organisation, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE intakes SET organisation = @organisation, organisation_key = @key WHERE id = @id AND organisation_key IS NULL;",
            new { id, organisation = organisation.Trim(), key = IntakeRows.OrganisationKey(organisation) },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>The organisation's intakes started with one of these invite codes, newest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<CatalogedIntake>> StartedWithAsync(string organisation, IReadOnlyCollection<string> inviteCodes, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inviteCodes);
        var hashes = inviteCodes.Select(IntakeRows.CodeHash).OfType<string>().Distinct().ToList();
        if (IntakeRows.OrganisationKey(organisation) is not { } key || hashes.Count == 0)
        {
            return [];
        }

        var parameters = new DynamicParameters(new { key, discarded = nameof(IntakeStatus.Discarded), limit });
        var names = new StringBuilder();
        for (var i = 0; i < hashes.Count; i++)
        {
            names.Append(i == 0 ? "@h0" : $", @h{i}");
            parameters.Add($"h{i}", hashes[i]);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"{IntakeQuerySql.Select} WHERE i.organisation_key = @key AND i.invite_hash IN ({names}) AND i.status <> @discarded ORDER BY i.sort_at DESC, i.id LIMIT @limit;",
            parameters,
            cancellationToken: cancellationToken));
        return [.. rows.Select(Read)];
    }

    private static async Task<long> CountAsync(DbConnection connection, IntakeQuery query, IReadOnlyList<string> hashes, IntakeQuerySql.ListSegment? segment, CancellationToken cancellationToken)
    {
        var (sql, parameters) = IntakeQuerySql.Count(query, hashes, segment);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private static async Task<IEnumerable<Row>> RowsAsync(DbConnection connection, IntakeQuery query, IReadOnlyList<string> hashes, IntakeQuerySql.ListSegment segment, int take, int skip, CancellationToken cancellationToken)
    {
        var (sql, parameters) = IntakeQuerySql.Page(query, hashes, segment, take, skip);
        return await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private static bool Fits(IntakeRecord record, string search) =>
        IntakeCodes.SameCode(record.Code, search)
        || IntakeQueryNames.Matches(record.PreferredName, search);

    private CatalogedIntake Read(Row row) =>
        new(IntakeRows.Read(row.Id, row.Record, protector), row.Organisation, row.ReviewStatus) { Assignee = row.Assignee };

    private sealed record Row(string Id, string? Organisation, byte[] Record, string? ReviewStatus, string? Assignee);
}
