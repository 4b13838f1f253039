using System.Net;
using System.Text.Json;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Protocol.Auth;
using GesprekBot.Bot.Protocol.Connector;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Notices;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Notices;

/// <summary>
/// One pass over the due outbox rows: each is posted as a new conversation in its organisation's
/// linked Teams channel (POST {serviceUrl}/v3/conversations with the channel id, PROTOCOL §5). The
/// connector call itself retries 429 and 5xx a few times; when the channel still fails the row stays
/// queued with a growing delay (at least the channel's Retry-After), so nothing is dropped. A 403 or
/// 404 means the bot is gone from the team: the row is marked failed, not retried for ever.
/// </summary>
internal sealed partial class NoticeDispatcher(
    NoticeOutboxRepository outbox,
    TeamsChannelRepository channels,
    IIntakeRepository intakes,
    IConnectorClient connector,
    TrustedServiceUrls trustedServiceUrls,
    NoticeLinks links,
    IOptions<NoticeOptions> options,
    TimeProvider time,
    ILogger<NoticeDispatcher> logger) : IDisposable
{
    private const int BatchSize = 20;
    private readonly SemaphoreSlim pass = new(1, 1);

    /// <returns>How many notices were sent in this pass.</returns>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await pass.WaitAsync(cancellationToken);
        try
        {
            var sent = 0;
            foreach (var notice in await outbox.DueAsync(time.GetUtcNow(), BatchSize, cancellationToken))
            {
                sent += await DeliverAsync(notice, cancellationToken) ? 1 : 0;
            }

            return sent;
        }
        finally
        {
            pass.Release();
        }
    }

    public void Dispose() => pass.Dispose();

    private async Task<bool> DeliverAsync(StoredNotice notice, CancellationToken cancellationToken)
    {
        var attempts = notice.Attempts + 1;
        if (options.Value.ChannelFor(notice.Organisation) is not { } channelId)
        {
            LogUnlinked(logger, notice.Kind);
            await outbox.CompleteAsync(notice.IntakeId, notice.Kind, NoticeState.Unlinked, notice.Attempts, null, cancellationToken);
            return false;
        }

        var channel = await channels.FindAsync(channelId, cancellationToken);
        if (channel is { RemovedAt: not null })
        {
            LogChannelGone(logger, notice.Kind, channelId, null);
            await outbox.CompleteAsync(notice.IntakeId, notice.Kind, NoticeState.Failed, attempts, null, cancellationToken);
            return false;
        }

        if (channel is null)
        {
            // Linked in configuration, but the bot has not been added there yet: keep it until it is.
            LogChannelUnknown(logger, channelId);
            await RetryLaterAsync(notice, attempts, null, null, cancellationToken);
            return false;
        }

        if (await intakes.FindAsync(notice.IntakeId, cancellationToken) is not { } record)
        {
            await outbox.CompleteAsync(notice.IntakeId, notice.Kind, NoticeState.Failed, attempts, null, cancellationToken);
            return false;
        }

        // The reference was stored only from an authenticated activity (see TeamInstallProcessor).
        trustedServiceUrls.Trust(channel.ServiceUrl);
        try
        {
            await connector.CreateConversationAsync(channel.ServiceUrl, Parameters(notice, record, channel), cancellationToken);
        }
        catch (ConnectorException ex) when (ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            LogChannelGone(logger, notice.Kind, channelId, (int)ex.StatusCode);
            await outbox.CompleteAsync(notice.IntakeId, notice.Kind, NoticeState.Failed, attempts, (int)ex.StatusCode, cancellationToken);
            return false;
        }
        catch (ConnectorException ex)
        {
            LogRetryLater(logger, notice.Kind, (int?)ex.StatusCode, attempts);
            await RetryLaterAsync(notice, attempts, ex.RetryAfter, (int?)ex.StatusCode, cancellationToken);
            return false;
        }

        await outbox.CompleteAsync(notice.IntakeId, notice.Kind, NoticeState.Sent, attempts, (int)HttpStatusCode.OK, cancellationToken);
        LogSent(logger, notice.Kind, attempts);
        return true;
    }

    private Task RetryLaterAsync(StoredNotice notice, int attempts, TimeSpan? retryAfter, int? status, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var doubling = Math.Min(attempts - 1, 20);
        var backoff = TimeSpan.FromTicks(Math.Min(settings.RetryBaseDelay.Ticks * (1L << doubling), settings.MaxRetryDelay.Ticks));
        var wait = retryAfter is { } asked && asked > backoff ? asked : backoff;
        return outbox.RetryLaterAsync(notice.IntakeId, notice.Kind, attempts, time.GetUtcNow() + wait, status, cancellationToken);
    }

    private ConversationParameters Parameters(StoredNotice notice, IntakeRecord record, StoredTeamsChannel channel)
    {
        var card = NoticeCard.Build(notice.Kind, record.Code, record.Urgent.Select(f => f.Category), notice.OccurredAt, links.Zone, links.ReviewLink(record.Id));
        var channelData = JsonSerializer.SerializeToElement(new
        {
            channel = new { id = channel.ChannelId },
            tenant = channel.TenantId is null ? null : new { id = channel.TenantId },
        }, ProtocolJson.Options);
        return new ConversationParameters
        {
            IsGroup = true,
            Bot = new ChannelAccount { Id = channel.BotId },
            ChannelData = channelData,
            TenantId = channel.TenantId,
            Activity = new Activity
            {
                Type = ActivityTypes.Message,
                Attachments = [card],
                Locale = NoticeText.Culture.Name,
            },
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Kind} notice was posted to its Teams channel (attempt {Attempts}).")]
    private static partial void LogSent(ILogger logger, NoticeKind kind, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Kind} notice was not sent: no Teams channel is linked for the intake's organisation (Notices:Organisations).")]
    private static partial void LogUnlinked(ILogger logger, NoticeKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The linked Teams channel {ChannelId} is not known yet (the bot was not added there); the notice waits.")]
    private static partial void LogChannelUnknown(ILogger logger, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Kind} notice failed for good: the bot is no longer in Teams channel {ChannelId} (status {StatusCode}).")]
    private static partial void LogChannelGone(ILogger logger, NoticeKind kind, string channelId, int? statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Kind} notice could not be posted (status {StatusCode}, attempt {Attempts}); it stays queued and is retried later.")]
    private static partial void LogRetryLater(ILogger logger, NoticeKind kind, int? statusCode, int attempts);
}
