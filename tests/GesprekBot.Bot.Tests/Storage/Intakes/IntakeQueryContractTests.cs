using Dapper;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Intakes;
using GesprekBot.Storage.Legacy;
using GesprekBot.Storage.Review;

namespace GesprekBot.Bot.Tests.Storage.Intakes;

/// <summary>Issue 15: the list's search, assignment, ordering and counting, on every provider (one subclass each).</summary>
public abstract class IntakeQueryContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly IntakeQuery Oost = new() { Organisation = "CAW Oost", ClosedReviewStatus = "Done" };
    private readonly string keys = Directory.CreateTempSubdirectory("gesprekbot-test-keys-").FullName;
    private StorageDatabase? database;
    private SqlIntakeRepository repository = null!;
    private IntakeCatalog catalog = null!;
    private ReviewRecords review = null!;
    private readonly PlaceIn placement = new();

    private StorageDatabase Database => database ?? throw new InvalidOperationException("Not initialised.");

    protected abstract Task<StorageDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        database = await CreateDatabaseAsync();
        var protector = StorageTestFactory.CreateProtector(keys);
        repository = new SqlIntakeRepository(Database, protector, placement);
        catalog = new IntakeCatalog(Database, protector);
        review = new ReviewRecords(Database, protector, TimeProvider.System);
    }

    public Task DisposeAsync()
    {
        database?.Dispose();
        Directory.Delete(keys, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Search_finds_a_part_of_the_name_in_any_case_and_without_accents_or_the_code_within_the_organisation()
    {
        await SaveAsync("renee", "Renée-Anne", "ZJJUEDFW", minutes: 3);
        await SaveAsync("rene", "René", "QKXZA7C5", minutes: 2);
        await SaveAsync("jo", "Jo", "Z8UUEHHY", minutes: 1);
        await SaveAsync("nameless", null, "MMMMMMMM");
        await SaveAsync("elsewhere", "Renée", "RRRRRRRR", "Ander CAW");

        Assert.Equal(["renee", "rene"], await IdsAsync(Oost with { Search = "RENE" }));
        Assert.Equal(["renee", "rene"], await IdsAsync(Oost with { Search = "  rené " }));
        Assert.Equal(["renee"], await IdsAsync(Oost with { Search = "ée-an" }));
        Assert.Equal(["renee"], await IdsAsync(Oost with { Search = "neean" }));
        Assert.Equal(["jo"], await IdsAsync(Oost with { Search = "jo" }));
        Assert.Equal(["jo"], await IdsAsync(Oost with { Search = "z8uu-ehhy" }));
        Assert.Equal(["jo"], await IdsAsync(Oost with { Search = " Z8UU EHHY " }));
        Assert.Equal(["elsewhere"], await IdsAsync(Oost with { Organisation = "Ander CAW", Search = "renee" }));
        Assert.Empty(await IdsAsync(Oost with { Search = "annee" }));
        Assert.Empty(await IdsAsync(Oost with { Search = "r" }));
        Assert.Empty(await IdsAsync(Oost with { Search = "--" }));
    }

    [Fact]
    public async Task Pieces_all_present_but_not_in_a_row_are_no_match()
    {
        await SaveAsync("nana", "Nana", "ZJJUEDFW");

        Assert.Equal(["nana"], await IdsAsync(Oost with { Search = "nan" }));
        Assert.Empty(await IdsAsync(Oost with { Search = "anan" }));
    }

    [Fact]
    public async Task A_changed_name_is_found_by_the_new_name_only_and_the_pieces_are_not_readable()
    {
        await SaveAsync("a1", "Mira", "ZJJUEDFW");
        await SaveAsync("a1", "Zebra-Lou", "ZJJUEDFW");

        Assert.Empty(await IdsAsync(Oost with { Search = "mira" }));
        Assert.Equal(["a1"], await IdsAsync(Oost with { Search = "zebra" }));
        await using var connection = await Database.OpenAsync(default);
        var stored = string.Concat(await connection.QueryAsync<string>("SELECT gram FROM intake_name_grams UNION ALL SELECT name_mac FROM intake_names;"));
        Assert.DoesNotContain("zeb", stored, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(7 + 6, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM intake_name_grams;")); // "zebralou": 7 pairs and 6 triples
    }

    [Fact]
    public async Task Intakes_saved_before_the_name_index_are_indexed_at_start()
    {
        await SaveAsync("old", "Mohammed", "ZJJUEDFW");
        await using (var connection = await Database.OpenAsync(default))
        {
            await connection.ExecuteAsync("DELETE FROM intake_name_grams; DELETE FROM intake_names;");
        }

        Assert.Empty(await IdsAsync(Oost with { Search = "moha" }));
        await new IntakeQueryNamesUpgrade(Database, StorageTestFactory.CreateProtector(keys)).RunAsync(null!, default);
        Assert.Equal(["old"], await IdsAsync(Oost with { Search = "moha" }));
    }

    [Fact]
    public async Task Assignment_is_kept_changed_and_cleared_and_filters_the_list()
    {
        await SaveAsync("a1", "Mira", "ZJJUEDFW");
        await SaveAsync("a2", "Tom", "QKXZA7C5");
        await review.SetStatusAsync("a2", "InReview", default);

        Assert.True(await review.SetAssigneeAsync("a1", "els", "New", default));
        Assert.True(await review.SetAssigneeAsync("a2", "els", "New", default));
        Assert.False(await review.SetAssigneeAsync("nope", "els", "New", default));
        Assert.Equal(["a1", "a2"], await IdsAsync(Oost with { Assignee = "els" }));
        Assert.True(await review.SetAssigneeAsync("a1", "an", "New", default));
        Assert.Equal(["a2"], await IdsAsync(Oost with { Assignee = "els" }));
        Assert.True(await review.SetAssigneeAsync("a2", null, "New", default));
        Assert.Empty(await IdsAsync(Oost with { Assignee = "els" }));

        var found = await catalog.FindAsync("a1", default);
        Assert.Equal(("an", "New"), (found!.Assignee, found.ReviewStatus));
        Assert.Equal("InReview", (await catalog.FindAsync("a2", default))!.ReviewStatus);
    }

    [Fact]
    public async Task A_closed_urgent_intake_sorts_by_date_with_the_others_and_an_open_one_stays_on_top()
    {
        await SaveAsync("closed-crisis", "Marc", "ZJJUEDFW", urgent: true, minutes: 0);
        await SaveAsync("open-crisis", "Nadia", "QKXZA7C5", urgent: true, minutes: 1);
        await SaveAsync("newest", "Lotte", "Z8UUEHHY", minutes: 2);
        await SaveAsync("older", "Kevin", "MMMMMMMM", minutes: -1);
        await review.SetStatusAsync("closed-crisis", "Done", default);

        Assert.Equal(["open-crisis", "newest", "closed-crisis", "older"], await IdsAsync(Oost));
        Assert.Equal(["open-crisis", "closed-crisis", "newest", "older"], await IdsAsync(Oost with { ClosedReviewStatus = null }));
    }

    [Fact]
    public async Task A_page_counts_the_whole_list_and_a_page_past_the_end_is_the_last_page()
    {
        for (var i = 0; i < 30; i++)
        {
            await SaveAsync($"r{i:00}", i % 2 == 0 ? "Anna" : "Bart", $"R{i:00}", minutes: i);
        }

        var first = await catalog.PageAsync(Oost, default);
        var beyond = await catalog.PageAsync(Oost with { Page = 99_999 }, default);
        var annas = await catalog.PageAsync(Oost with { Search = "ann", PageSize = 10, Page = 2 }, default);

        Assert.Equal((30, 2, 1, true), (first.Total, first.PageCount, first.Page, first.HasNext));
        Assert.Equal((2, 5, false, true), (beyond.Page, beyond.Items.Count, beyond.HasNext, beyond.HasPrevious));
        Assert.Equal((15, 2, 2, 5), (annas.Total, annas.PageCount, annas.Page, annas.Items.Count));
        Assert.Equal("r08", annas.Items[0].Record.Id);
        var none = await catalog.PageAsync(Oost with { Search = "xyz", Page = 3 }, default);
        Assert.Equal((0, 1, 1, false), (none.Total, none.PageCount, none.Page, none.HasPrevious));
    }

    private async Task SaveAsync(string id, string? name, string code, string organisation = "CAW Oost", bool urgent = false, int minutes = 0)
    {
        placement.Next = organisation;
        await repository.SaveAsync(new IntakeRecord
        {
            Id = id,
            ConsentAt = Now,
            Locale = "nl-BE",
            PreferredName = name,
            Code = code,
            Status = IntakeStatus.Submitted,
            UpdatedAt = Now.AddMinutes(minutes),
            SubmittedAt = Now.AddMinutes(minutes),
            Urgent = urgent ? [new UrgentFlag(Now, CrisisCategory.Suicide, ["zelfmoord"], "qbq.why")] : [],
        });
    }

    private async Task<IReadOnlyList<string>> IdsAsync(IntakeQuery query) =>
        [.. (await catalog.PageAsync(query, default)).Items.Select(i => i.Record.Id)];

    private sealed class PlaceIn : IIntakePlacement
    {
        public string? Next { get; set; }

        public Task<string?> OrganisationOfNewAsync(IntakeRecord record, CancellationToken cancellationToken) => Task.FromResult(Next);
    }
}
