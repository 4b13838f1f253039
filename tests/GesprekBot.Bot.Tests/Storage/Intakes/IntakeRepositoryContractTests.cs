using Dapper;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Network;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Intakes;
using GesprekBot.Storage.Protection;
using GesprekBot.Storage.Review;

namespace GesprekBot.Bot.Tests.Storage.Intakes;

/// <summary>What the intake rows must do on every provider; one subclass per database.</summary>
public abstract class IntakeRepositoryContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly string keys = Directory.CreateTempSubdirectory("gesprekbot-test-keys-").FullName;
    private StorageDatabase? database;

    protected StorageDatabase Database => database ?? throw new InvalidOperationException("Not initialised.");

    protected IDocumentProtector Protector { get; private set; } = null!;

    protected ScriptedPlacement Placement { get; } = new();

    protected IIntakeRepository Repository { get; private set; } = null!;

    protected IntakeCatalog Catalog { get; private set; } = null!;

    protected ReviewRecords Review { get; private set; } = null!;

    protected abstract Task<StorageDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        database = await CreateDatabaseAsync();
        Protector = StorageTestFactory.CreateProtector(keys);
        Repository = new SqlIntakeRepository(Database, Protector, Placement);
        Catalog = new IntakeCatalog(Database, Protector);
        Review = new ReviewRecords(Database, Protector, TimeProvider.System);
    }

    public Task DisposeAsync()
    {
        database?.Dispose();
        Directory.Delete(keys, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_saved_record_reads_back_whole_and_an_unknown_id_is_null()
    {
        var record = Record("a1") with
        {
            PreferredName = "Sam",
            Answers = [new IntakeAnswer("scaling.score", Technique.Scaling, "een dikke vier", "4", AnsweredBy.Client, Now)],
            Urgent = [new UrgentFlag(Now, CrisisCategory.Suicide, ["zelfmoord"], "qbq.why")],
            Network = new NetworkMap { Members = [new NetworkMember { Id = "m1", Label = "mama", Ring = 1 }] },
        };

        await Repository.SaveAsync(record);
        var read = await Repository.FindAsync("a1");

        Assert.NotNull(read);
        Assert.Equal("Sam", read.PreferredName);
        Assert.Equal("4", Assert.Single(read.Answers).Value);
        Assert.Equal(CrisisCategory.Suicide, Assert.Single(read.Urgent).Category);
        Assert.Equal("mama", Assert.Single(read.Network!.Members).Label);
        Assert.Null(await Repository.FindAsync("nope"));
    }

    [Fact]
    public async Task Saving_again_replaces_the_record_and_keeps_the_organisation_it_started_with()
    {
        Placement.Next = "CAW Oost";
        await Repository.SaveAsync(Record("a1"));
        Placement.Next = "Ander CAW";
        await Repository.SaveAsync(Record("a1") with { Status = IntakeStatus.Submitted, Code = "ZJJUEDFW", UpdatedAt = Now.AddMinutes(5) });

        var found = await Catalog.FindAsync("a1", default);
        Assert.Equal((IntakeStatus.Submitted, "ZJJUEDFW", "CAW Oost"), (found!.Record.Status, found.Record.Code, found.Organisation));
        Assert.Equal(1, Placement.Calls);
        Assert.Equal(["a1"], await Repository.IdsAfterAsync(null, 10));
    }

    [Fact]
    public async Task The_record_and_the_code_are_not_readable_in_the_database()
    {
        await Repository.SaveAsync(Record("a1") with { PreferredName = "Zebra-7731", Code = "ZJJUEDFW" });
        await using var connection = await Database.OpenAsync(default);
        var (record, codeHash) = await connection.QuerySingleAsync<(byte[], string)>("SELECT record, code_hash FROM intakes WHERE id = 'a1';");

        Assert.DoesNotContain("Zebra-7731", System.Text.Encoding.UTF8.GetString(record), StringComparison.Ordinal);
        Assert.DoesNotContain("ZJJU", codeHash, StringComparison.Ordinal);
        Assert.Throws<DocumentUnreadableException>(() => Protector.Unprotect("intakes/a2", record));
    }

    [Fact]
    public async Task A_page_is_urgent_first_then_newest_and_the_next_page_holds_the_rest()
    {
        Placement.Next = "CAW Oost";
        for (var i = 0; i < 30; i++)
        {
            await Repository.SaveAsync(Record($"r{i:00}", urgent: i is 3 or 7) with { UpdatedAt = Now.AddMinutes(i) });
        }

        var first = await Catalog.PageAsync(new IntakeQuery { Organisation = "CAW Oost" }, default);
        var second = await Catalog.PageAsync(new IntakeQuery { Organisation = "CAW Oost", Page = 2 }, default);

        Assert.Equal(["r07", "r03", "r29", "r28"], first.Items.Take(4).Select(i => i.Record.Id));
        Assert.Equal((25, true, false), (first.Items.Count, first.HasNext, first.HasPrevious));
        Assert.Equal((5, false, true), (second.Items.Count, second.HasNext, second.HasPrevious));
        Assert.Equal(["r04", "r02", "r01", "r00"], second.Items.Skip(1).Select(i => i.Record.Id));
        Assert.Empty(first.Items.Select(i => i.Record.Id).Intersect(second.Items.Select(i => i.Record.Id)));
    }

    [Fact]
    public async Task Filters_on_status_urgency_dates_and_review_status_are_applied_by_the_query()
    {
        Placement.Next = "CAW Oost";
        await Repository.SaveAsync(Record("draft") with { UpdatedAt = Now.AddDays(-3) });
        await Repository.SaveAsync(Record("urgent", urgent: true) with { Status = IntakeStatus.Submitted, SubmittedAt = Now.AddDays(-2) });
        await Repository.SaveAsync(Record("done") with { Status = IntakeStatus.Submitted, SubmittedAt = Now.AddDays(-1) });
        await Repository.SaveAsync(Record("gone") with { Status = IntakeStatus.Discarded });
        Assert.True(await Review.SetStatusAsync("done", "Done", default));
        var all = new IntakeQuery { Organisation = "caw oost" };

        Assert.Equal(["urgent", "done", "draft"], await IdsAsync(all));
        Assert.Equal(["draft"], await IdsAsync(all with { Status = IntakeStatus.Draft }));
        Assert.Equal(["urgent"], await IdsAsync(all with { Urgent = true }));
        Assert.Equal(["done", "draft"], await IdsAsync(all with { Urgent = false }));
        Assert.Equal(["urgent"], await IdsAsync(all with { From = Now.AddDays(-2), Until = Now.AddDays(-1) }));
        Assert.Equal(["done"], await IdsAsync(all with { ReviewStatus = "Done" }));
        Assert.Equal(["urgent", "draft"], await IdsAsync(all with { ReviewStatus = "New", ReviewStatusIncludesNone = true }));
        Assert.Empty(await IdsAsync(all with { ReviewStatus = "InReview" }));
    }

    [Theory]
    [InlineData("ZJJUEDFW")]
    [InlineData("zjju-edfw")]
    [InlineData(" ZJJU EDFW ")]
    [InlineData("zjju\u2011edfw")]
    public async Task Find_by_code_takes_the_code_as_the_client_gives_it(string typed)
    {
        Placement.Next = "CAW Oost";
        await Repository.SaveAsync(Record("a1") with { Code = "ZJJUEDFW" });
        await Repository.SaveAsync(Record("a2") with { Code = "QKXZA7C5" });

        Assert.Equal(["a1"], await IdsAsync(new IntakeQuery { Organisation = "CAW Oost", Code = typed }));
        Assert.Empty(await IdsAsync(new IntakeQuery { Organisation = "CAW Oost", Code = "ZJJUEDFX" }));
    }

    [Fact]
    public async Task Each_organisation_sees_only_its_own_and_the_unassigned_queue_only_the_unowned()
    {
        Placement.Next = "CAW Oost";
        await Repository.SaveAsync(Record("oost"));
        Placement.Next = "Ander CAW";
        await Repository.SaveAsync(Record("ander"));
        Placement.Next = null;
        await Repository.SaveAsync(Record("nobody"));

        Assert.Equal(["oost"], await IdsAsync(new IntakeQuery { Organisation = " caw OOST " }));
        Assert.Equal(["ander"], await IdsAsync(new IntakeQuery { Organisation = "Ander CAW" }));
        Assert.Equal(["nobody"], await IdsAsync(new IntakeQuery { Organisation = null }));
        Assert.Empty(await IdsAsync(new IntakeQuery { Organisation = "CAW" }));
        Assert.Empty(await Catalog.StartedWithAsync("Ander CAW", ["X"], 10, default));
    }

    [Fact]
    public async Task Assigning_an_unowned_intake_works_once_and_never_takes_an_owned_one()
    {
        Placement.Next = null;
        await Repository.SaveAsync(Record("nobody"));
        Placement.Next = "Ander CAW";
        await Repository.SaveAsync(Record("ander"));

        Assert.True(await Catalog.AssignAsync("nobody", "CAW Oost", default));
        Assert.False(await Catalog.AssignAsync("nobody", "Ander CAW", default));
        Assert.False(await Catalog.AssignAsync("ander", "CAW Oost", default));
        Assert.Equal("CAW Oost", (await Catalog.FindAsync("nobody", default))!.Organisation);
        Assert.Equal(["nobody"], await IdsAsync(new IntakeQuery { Organisation = "caw oost" }));
        Assert.Empty(await IdsAsync(new IntakeQuery { Organisation = null }));
    }

    [Fact]
    public async Task Intakes_started_with_an_invite_are_found_by_its_code_within_the_organisation()
    {
        Placement.Next = "CAW Oost";
        await Repository.SaveAsync(Record("a1") with { InviteCode = "abcdefghjk" });
        await Repository.SaveAsync(Record("a2") with { InviteCode = "OTHERCODE2" });
        await Repository.SaveAsync(Record("a3"));

        Assert.Equal(["a1"], (await Catalog.StartedWithAsync("CAW Oost", ["ABCDEFGHJK", "NOPE"], 10, default)).Select(i => i.Record.Id));
        Assert.Empty(await Catalog.StartedWithAsync("Ander CAW", ["ABCDEFGHJK"], 10, default));
    }

    [Fact]
    public async Task Purge_removes_old_drafts_and_discarded_records_in_one_go_and_keeps_submitted_and_recent_ones()
    {
        await Repository.SaveAsync(Record("old-draft") with { UpdatedAt = Now.AddDays(-40) });
        await Repository.SaveAsync(Record("old-discarded") with { Status = IntakeStatus.Discarded, UpdatedAt = Now.AddDays(-31) });
        await Repository.SaveAsync(Record("old-submitted") with { Status = IntakeStatus.Submitted, UpdatedAt = Now.AddDays(-40) });
        await Repository.SaveAsync(Record("new-draft"));

        Assert.Equal(["old-draft", "old-discarded"], await Repository.StaleIdsAsync(Now.AddDays(-30)));
        Assert.Equal(2, await Repository.PurgeUnsubmittedAsync(Now.AddDays(-30)));
        Assert.Equal(["new-draft", "old-submitted"], await Repository.IdsAfterAsync(null, 10));
        Assert.Empty(await Repository.StaleIdsAsync(Now.AddDays(-30)));
    }

    [Fact]
    public async Task Notes_and_status_belong_to_the_intake_and_go_with_it()
    {
        await Repository.SaveAsync(Record("a1"));
        await Repository.SaveAsync(Record("a2"));
        Assert.True(await Review.SetStatusAsync("a1", "InReview", default));
        Assert.True(await Review.SetStatusAsync("a1", "Done", default));
        Assert.True(await Review.AddNoteAsync("a1", new StoredReviewNote(Now, "u1", "An", "Bellen dinsdag"), default));
        Assert.True(await Review.AddNoteAsync("a1", new StoredReviewNote(Now.AddMinutes(1), "u2", "Bo", "Gebeld"), default));
        Assert.True(await Review.AddNoteAsync("a2", new StoredReviewNote(Now, "u1", "An", "Ander"), default));
        Assert.Equal("Done", (await Catalog.FindAsync("a1", default))!.ReviewStatus);
        Assert.Equal(["Bellen dinsdag", "Gebeld"], (await Review.NotesAsync("a1", default)).Select(n => n.Text));

        await Repository.DeleteAsync("a1");
        await Repository.DeleteAsync("missing");

        Assert.Null(await Repository.FindAsync("a1"));
        Assert.Empty(await Review.NotesAsync("a1", default));
        Assert.False(await Review.SetStatusAsync("a1", "Done", default));
        Assert.False(await Review.AddNoteAsync("a1", new StoredReviewNote(Now, "u1", "An", "Te laat"), default));
        await using var connection = await Database.OpenAsync(default);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM review_status WHERE intake_id = 'a1';"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM review_notes WHERE intake_id = 'a1';"));
        Assert.Equal(["Ander"], (await Review.NotesAsync("a2", default)).Select(n => n.Text));
    }

    [Fact]
    public async Task Many_intakes_saving_at_the_same_moment_all_succeed()
    {
        // Like 64 clients answering at once, each answer saving its draft: rows, not one shared document.
        await Task.WhenAll(Enumerable.Range(0, 256).Select(i => Repository.SaveAsync(Record($"c{i % 64:00}") with { UpdatedAt = Now.AddSeconds(i) })));

        var ids = await Repository.IdsAfterAsync(null, 50);
        var rest = await Repository.IdsAfterAsync(ids[^1], 50);
        Assert.Equal(64, ids.Concat(rest).Distinct().Count());
    }

    protected static IntakeRecord Record(string id, bool urgent = false) => new()
    {
        Id = id,
        ConsentAt = Now,
        Locale = "nl-BE",
        UpdatedAt = Now,
        Urgent = urgent ? [new UrgentFlag(Now, CrisisCategory.Suicide, ["zelfmoord"], "qbq.why")] : [],
    };

    private async Task<IReadOnlyList<string>> IdsAsync(IntakeQuery query) =>
        [.. (await Catalog.PageAsync(query, default)).Items.Select(i => i.Record.Id)];

    /// <summary>Places new intakes where the test says, and counts how often it was asked.</summary>
    protected sealed class ScriptedPlacement : IIntakePlacement
    {
        public string? Next { get; set; }

        public int Calls { get; private set; }

        public Task<string?> OrganisationOfNewAsync(IntakeRecord record, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(Next);
        }
    }
}
