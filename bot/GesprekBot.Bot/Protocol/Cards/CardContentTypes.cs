namespace GesprekBot.Bot.Protocol.Cards;

public static class CardContentTypes
{
    public const string Adaptive = "application/vnd.microsoft.card.adaptive";
    public const string Hero = "application/vnd.microsoft.card.hero";
}
