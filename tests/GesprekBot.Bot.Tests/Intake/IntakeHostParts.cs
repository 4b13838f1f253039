using Dapper;
using GesprekBot.Bot.Channels.DirectLine;
using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Tests.Storage.Accounts;
using GesprekBot.Bot.Tests.Storage.Intakes;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Links;
using GesprekBot.Storage.ResumeCodes;
using GesprekBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Intake;

/// <summary>The intake's host parts wired as the app wires them, on one store (and its SQLite file, for the intake rows) and clock.</summary>
internal sealed class IntakeHostParts
{
    private readonly ResumeCodeRepository codes;

    /// <param name="store">The conversations' store.</param>
    /// <param name="clock">The time.</param>
    /// <param name="dataDirectory">Where <paramref name="store"/> keeps its SQLite file: the tables live in the same file.</param>
    /// <param name="serviceName">The service a client may ask to erase an earlier intake.</param>
    public IntakeHostParts(IStateStore store, TimeProvider clock, string dataDirectory, string? serviceName = null)
    {
        Database = TestDatabase.Sqlite(dataDirectory);
        var protector = TestDatabase.SqliteProtector(dataDirectory);
        Repository = IntakeTestStorage.SqliteRepository(dataDirectory);
        codes = new ResumeCodeRepository(Database, protector);
        ResumeCodes = new StateStoreResumeCodes(codes, clock);
        Links = new IntakeLinkStore(new IntakeLinkRepository(Database, protector));
        Tombstones = new IntakeTombstones(new IntakeTombstoneRepository(Database));
        DirectLine = new DirectLineConversationStore(
            store is SqliteStateStore sqlite ? sqlite.DirectLineTables() : throw new ArgumentException("The host parts need a SQLite store.", nameof(store)),
            Options.Create(new DirectLineOptions()),
            clock);
        Erasure = new IntakeErasure(store, Repository, Links, Tombstones, ResumeCodes, DirectLine, clock, NullLogger<IntakeErasure>.Instance);
        Hook = new IntakeTurnHook(
            store, ResumeCodes, Repository, new IntakeTurnErasure(Erasure, Tombstones, Links), Links, new IntakeChatSettings(serviceName),
            clock, NullLogger<IntakeTurnHook>.Instance);
    }

    public StorageDatabase Database { get; }

    public IIntakeRepository Repository { get; }

    public StateStoreResumeCodes ResumeCodes { get; }

    public IntakeLinkStore Links { get; }

    public IntakeTombstones Tombstones { get; }

    public DirectLineConversationStore DirectLine { get; }

    public IntakeErasure Erasure { get; }

    public IntakeTurnHook Hook { get; }

    /// <summary>Whether the code has a row, expired or not (its hash is the key).</summary>
    public async Task<bool> HasResumeCodeAsync(string code)
    {
        var hash = await codes.HashOfAsync(code);
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM resume_codes WHERE code_hash = @hash;", new { hash }) > 0;
    }
}
