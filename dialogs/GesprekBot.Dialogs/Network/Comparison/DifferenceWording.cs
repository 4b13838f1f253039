using GesprekBot.Dialogs.Network.Picture;

namespace GesprekBot.Dialogs.Network.Comparison;

/// <summary>
/// The sentences of <see cref="NetworkMapComparison.Describe"/>. Members are called as in the
/// conversation (the name, or the label without "mijn"); rings, supports, frequencies and
/// qualities use the same words as the inventory's questions, so the client recognises them.
/// </summary>
internal static class DifferenceWording
{
    public static IReadOnlyList<string> Describe(MapDifference difference, PictureTextCatalog texts)
    {
        var lines = new List<string>
        {
            difference.SizeChange == 0
                ? texts.Format(nameof(PictureTexts.CompareSizeSame), difference.SizeAfter)
                : texts.Format(nameof(PictureTexts.CompareSizeChanged), difference.SizeBefore, difference.SizeAfter),
        };
        if (difference.SatisfactionBefore is not null || difference.SatisfactionAfter is not null)
        {
            lines.Add(difference.SatisfactionBefore == difference.SatisfactionAfter
                ? texts.Format(nameof(PictureTexts.CompareSatisfactionSame), difference.SatisfactionAfter)
                : texts.Format(
                    nameof(PictureTexts.CompareSatisfactionChanged),
                    Score(difference.SatisfactionBefore, texts),
                    Score(difference.SatisfactionAfter, texts)));
        }

        lines.AddRange(difference.Added.Select(m => texts.Format(nameof(PictureTexts.CompareAdded), NetworkWording.Display(m))));
        lines.AddRange(difference.Removed.Select(m => texts.Format(nameof(PictureTexts.CompareRemoved), NetworkWording.Display(m))));
        foreach (var change in difference.Changed)
        {
            AddMember(lines, change, texts);
        }

        if (!difference.HasChanges)
        {
            lines.Add(texts[nameof(PictureTexts.CompareNothing)]);
        }

        return lines;
    }

    private static void AddMember(List<string> lines, MemberChange change, PictureTextCatalog texts)
    {
        var name = NetworkWording.Display(change.Later);
        var (before, after) = (MemberChange.PlacedRing(change.Earlier), MemberChange.PlacedRing(change.Later));
        switch (change.Ring)
        {
            case RingMove.Closer:
                lines.Add(texts.Format(nameof(PictureTexts.CompareCloser), name, texts.Ring(before!.Value), texts.Ring(after!.Value)));
                break;
            case RingMove.Further:
                lines.Add(texts.Format(nameof(PictureTexts.CompareFurther), name, texts.Ring(before!.Value), texts.Ring(after!.Value)));
                break;
            case RingMove.Placed:
                lines.Add(texts.Format(nameof(PictureTexts.ComparePlaced), name, texts.Ring(after!.Value)));
                break;
            case RingMove.Unplaced:
                lines.Add(texts.Format(nameof(PictureTexts.CompareUnplaced), name, texts.Ring(before!.Value)));
                break;
        }

        Supports(lines, nameof(PictureTexts.CompareReceivedMore), name, change.SupportReceivedGained, texts);
        Supports(lines, nameof(PictureTexts.CompareReceivedLess), name, change.SupportReceivedLost, texts);
        Supports(lines, nameof(PictureTexts.CompareGivenMore), name, change.SupportGivenGained, texts);
        Supports(lines, nameof(PictureTexts.CompareGivenLess), name, change.SupportGivenLost, texts);
        if (change.FrequencyChanged)
        {
            lines.Add(texts.Format(nameof(PictureTexts.CompareFrequency), name, texts.Frequency(change.Earlier.Frequency), texts.Frequency(change.Later.Frequency)));
        }

        if (change.QualityChanged)
        {
            lines.Add(texts.Format(nameof(PictureTexts.CompareQuality), name, Quality(change.Earlier.Quality, texts), Quality(change.Later.Quality, texts)));
        }
    }

    private static void Supports(List<string> lines, string key, string name, IReadOnlyList<SupportType> supports, PictureTextCatalog texts)
    {
        if (supports.Count > 0)
        {
            lines.Add(texts.Format(key, name, texts.Network.List([.. supports.Select(texts.Support)])));
        }
    }

    private static string Score(int? score, PictureTextCatalog texts) =>
        score?.ToString(texts.Culture) ?? texts[nameof(PictureTexts.NotFilledIn)];

    /// <summary>In a comparison an unanswered quality is "niet ingevuld", not the legend's "onbekend".</summary>
    private static string Quality(RelationQuality? quality, PictureTextCatalog texts) =>
        quality is null ? texts[nameof(PictureTexts.NotFilledIn)] : texts.Quality(quality);
}
