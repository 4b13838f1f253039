using System.Text;
using GesprekBot.Language.Text;
using GesprekBot.Language.Tests.Members;

namespace GesprekBot.Language.Tests.Robustness;

public class RobustnessTests
{
    private static readonly ChoiceOption[] Choices = [new("Emotionele steun", ["troost"]), new("Praktische hulp")];

    public static TheoryData<string> HostileInputs() =>
    [
        "",
        " ",
        "\t\r\n",
        "\0\0\0",
        "\u0001\u0002\u001b[31m",
        "😀😀😀🐶🐱",
        "👍🏽👎🏿",
        "\ud83d",
        "\udc00 half a surrogate",
        "مرحبا أمي وأبي",
        "שלום אמא",
        "\u202emama\u202c",
        "ма́ма и па́па",
        "ＭＡＭＡ",
        "mama\u0301\u0301\u0301",
        "''''''''",
        "------",
        ",,,,,,,, en en en en",
        "mijn mijn mijn mijn mijn",
        "van van van van van van",
        "de de de de de",
        "1/0",
        "0/0",
        "/10",
        "7,",
        ",5",
        "99999999999999999999999999999",
        "honderdhonderdhonderdduizendduizendduizend",
        "eenenenenenentwintig",
        "om de 0 weken",
        "om de 0 dagen",
        "0 keer per 0 week",
        "mijn broer ' tom",
        "ex-",
        "-ex",
        new string('a', 10_000),
        new string(',', 10_000),
        string.Concat(Enumerable.Repeat("mijn mama en ", 10_000)),
    ];

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Recognizers_NeverThrow(string text) => CallAll(text);

    [Fact]
    public void Recognizers_AcceptNull()
    {
        Assert.Null(NumberRecognizer.Recognize(null));
        Assert.Null(YesNoRecognizer.Recognize(null));
        Assert.Null(FrequencyRecognizer.Recognize(null));
        Assert.Null(ChoiceRecognizer.Recognize(null, Choices));
        Assert.Null(ChoiceRecognizer.Recognize("1", null));
        Assert.Empty(ChoiceRecognizer.RecognizeMany(null, Choices));
        Assert.Empty(NetworkMemberRecognizer.Recognize(null));
        Assert.Empty(NetworkMemberRecognizer.RecognizeAll(null));
        Assert.Equal(string.Empty, TextNormalizer.Normalize(null));
        Assert.Equal(0, EditDistance.Compute(null, null));
    }

    [Fact]
    public void Recognizers_OnAHundredKilobytes_AreQuickAndDoNotThrow()
    {
        var text = string.Concat(Enumerable.Repeat("mijn mama, mijn broer Tom en de buurvrouw zie ik elke week. ", 1700));
        Assert.True(text.Length > 100_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        CallAll(text);
        Assert.NotEmpty(NetworkMemberRecognizer.Recognize(text));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Recognizers_SurviveRandomText()
    {
        // Fixed seed: the same 3000 strings every run, mixing lexicon words, punctuation, emoji,
        // control characters, surrogates and right-to-left text.
        var random = new Random(20261123);
        string[] pieces =
        [
            "mijn", "mama", "broer", "Tom", "en", ",", "de", "buurvrouw", "niet", "meer", "ja", "nee", "6/10", "zes",
            "op", "tien", "keer", "per", "week", "om", "de", "twee", "van", "het", "CAW", "hond", "Max", "geen", "😀",
            "\u0000", "\u202e", "\ud83d", "\udc36", "é", "ß", "אמא", "ماما", "'", "-", ".", ":", "honderd", "eenentwintig",
            "nonkle", "x", "2x", "7,5", "\n", "\t", "niemand", "zie", "ik", "overleden", "mijne", "pa",
        ];
        for (var round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 25);
            for (var i = 0; i < count; i++)
            {
                builder.Append(random.Next(4) == 0 ? (char)random.Next(0, 0xFFFF) : pieces[random.Next(pieces.Length)]);
                builder.Append(random.Next(3) == 0 ? string.Empty : " ");
            }

            CallAll(builder.ToString());
        }
    }

    [Fact]
    public void Recognizers_AreDeterministic()
    {
        const string text = "mijn mama, mijn broer Tom en de buurvrouw";
        var first = MemberFormat.Of(NetworkMemberRecognizer.Recognize(text));
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(first, MemberFormat.Of(NetworkMemberRecognizer.Recognize(text)));
        }
    }

    [Fact]
    public void Recognizers_GiveTheSameAnswersFromManyThreads()
    {
        string[] texts = ["mijn mama, mijn broer Tom en de buurvrouw", "ons moeke", "de scouts en de bib", "Els, Bart en Sofie"];
        var expected = texts.Select(t => MemberFormat.Of(NetworkMemberRecognizer.Recognize(t))).ToArray();
        var failures = 0;
        Parallel.For(0, 2000, i =>
        {
            var k = i % texts.Length;
            if (MemberFormat.Of(NetworkMemberRecognizer.Recognize(texts[k])) != expected[k]
                || ChoiceRecognizer.Recognize("praktische hulp", Choices)?.Index != 1)
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void ChoiceRecognizer_SeesChangesToTheSameList()
    {
        var choices = new List<ChoiceOption> { new("appel"), new("peer") };
        Assert.Equal(1, ChoiceRecognizer.Recognize("peer", choices)!.Index);
        choices[1] = new ChoiceOption("kers");
        Assert.Null(ChoiceRecognizer.Recognize("peer", choices));
    }

    private static void CallAll(string text)
    {
        _ = NumberRecognizer.Recognize(text);
        _ = YesNoRecognizer.Recognize(text);
        _ = FrequencyRecognizer.Recognize(text);
        _ = ChoiceRecognizer.Recognize(text, Choices);
        _ = ChoiceRecognizer.RecognizeMany(text, Choices);
        _ = NetworkMemberRecognizer.RecognizeAll(text);
        _ = TextNormalizer.Normalize(text);
    }
}
