using GesprekBot.Bot.Channels.DirectLine;
using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Tests.Storage.Intakes;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Intake;

/// <summary>The intake's host parts wired as the app wires them, on one store (and its SQLite file, for the intake rows) and clock.</summary>
internal sealed class IntakeHostParts
{
    public IntakeHostParts(IStateStore store, TimeProvider clock, string dataDirectory, string? serviceName = null)
    {
        Repository = IntakeTestStorage.SqliteRepository(dataDirectory);
        ResumeCodes = new StateStoreResumeCodes(store, clock);
        Links = new IntakeLinkStore(store);
        Tombstones = new IntakeTombstones(store);
        DirectLine = new DirectLineConversationStore(
            store is SqliteStateStore sqlite ? sqlite.DirectLineTables() : throw new ArgumentException("The host parts need a SQLite store.", nameof(store)),
            Options.Create(new DirectLineOptions()),
            clock);
        Erasure = new IntakeErasure(store, Repository, Links, Tombstones, ResumeCodes, DirectLine, clock, NullLogger<IntakeErasure>.Instance);
        Hook = new IntakeTurnHook(
            store, ResumeCodes, Repository, new IntakeTurnErasure(Erasure, Tombstones, Links), Links, new IntakeChatSettings(serviceName),
            NullLogger<IntakeTurnHook>.Instance);
    }

    public IIntakeRepository Repository { get; }

    public StateStoreResumeCodes ResumeCodes { get; }

    public IntakeLinkStore Links { get; }

    public IntakeTombstones Tombstones { get; }

    public DirectLineConversationStore DirectLine { get; }

    public IntakeErasure Erasure { get; }

    public IntakeTurnHook Hook { get; }
}
