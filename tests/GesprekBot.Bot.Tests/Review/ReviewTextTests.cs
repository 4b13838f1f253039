using System.Globalization;
using System.Resources;
using GesprekBot.Bot.Review;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Bot.Tests.Review;

public sealed class ReviewTextTests
{
    /// <summary>A new enum value without its text would make a review page fail: every one has a Dutch and an English text.</summary>
    [Fact]
    public void Every_enum_value_the_pages_show_has_a_text_in_both_languages()
    {
        var keys = Keys<LifeDomain>("Domain").Concat(Keys<RadioMove>("Move")).Concat(Keys<RadioReason>("Reason"))
            .Concat(Keys<CrisisCategory>("Crisis")).Concat(Keys<Technique>("Technique")).Concat(Keys<AuditAction>("Action"))
            .Concat(Keys<ReviewStatus>("ReviewStatus")).Concat(Keys<IntakeStatus>("Record"));
        var resources = new ResourceManager("GesprekBot.Bot.Review.Resources.ReviewTexts", typeof(ReviewText).Assembly);
        var english = resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false);

        foreach (var key in keys)
        {
            Assert.False(string.IsNullOrWhiteSpace(ReviewText.Text(key)), key);
            Assert.False(string.IsNullOrWhiteSpace(english?.GetString(key)), key);
        }
    }

    private static IEnumerable<string> Keys<TEnum>(string prefix)
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(name => prefix + name);
}
