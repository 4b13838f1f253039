using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>
/// Runs first on every message, also on answers. A danger signal gets a calm answer with the
/// Belgian help lines at once and the intake is flagged urgent (moment, words, question); then the
/// client chooses: call now, pause or go on (<see cref="CrisisResponse"/>). An open question is
/// answered by the crisis message too (<see cref="CrisisAnswerPolicy"/>), so it is not asked again
/// and people named in it reach the map. Unsure words get a gentle question first (<see cref="CrisisCheck"/>),
/// and so does a very low scaling score (<see cref="LowScoreCheck"/>).
/// Before consent nothing is stored, but the help lines are given and the conversation remembers
/// the signal for every goodbye (<see cref="CrisisMemory"/>).
/// </summary>
internal sealed class CrisisInterceptor : ITurnInterceptor
{
    private readonly Func<string?, CrisisSignal?> detect;

    public CrisisInterceptor()
        : this(CrisisDetector.Detect)
    {
    }

    /// <summary>With another detector: tests give a signal the lexicon does not produce (yet).</summary>
    internal CrisisInterceptor(Func<string?, CrisisSignal?> detect) => this.detect = detect;

    public async Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var followUp = CrisisFollowUp.Of(dc);
        if (followUp is { Stage: CrisisStage.Checking })
        {
            return await CrisisCheck.ContinueAsync(dc, followUp, detect, cancellationToken);
        }

        if (detect(dc.Turn.Text) is { } signal)
        {
            CrisisFollowUp.Clear(dc);
            return signal.Unsure
                ? await CrisisCheck.BeginAsync(dc, signal, cancellationToken)
                : await CrisisResponse.RespondAsync(dc, signal, null, cancellationToken);
        }

        if (followUp is null && LowScoreCheck.ScoreToCheck(dc) is { } score)
        {
            return await CrisisCheck.BeginLowScoreAsync(dc, score, cancellationToken);
        }

        return followUp is null ? InterceptResult.NotHandled : await CrisisChoiceStep.ContinueAsync(dc, followUp, cancellationToken);
    }
}
