using GesprekBot.Dialogs.Engine.Interception;

namespace GesprekBot.Dialogs.Engine.Tests.Support;

/// <summary>"terug" and "overslaan" as the app will wire them, with the messages tests can see.</summary>
internal static class NavigationInterceptors
{
    public static ITurnInterceptor Back { get; } = TurnInterceptor.ForWords(["terug"], async (dc, ct) =>
    {
        if (await dc.GoBackAsync(ct))
        {
            return InterceptResult.Handled;
        }

        await dc.SendAsync("Er is geen vorige vraag.", ct);
        return InterceptResult.HandledAndReprompt;
    });

    public static ITurnInterceptor Skip { get; } = TurnInterceptor.ForWords(["overslaan"], async (dc, ct) =>
    {
        if (await dc.SkipAsync(ct))
        {
            return InterceptResult.Handled;
        }

        await dc.SendAsync("Deze vraag kan je niet overslaan.", ct);
        return InterceptResult.HandledAndReprompt;
    });
}
