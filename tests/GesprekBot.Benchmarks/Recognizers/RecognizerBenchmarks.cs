using BenchmarkDotNet.Attributes;
using GesprekBot.Language;

namespace GesprekBot.Benchmarks.Recognizers;

/// <summary>
/// Throughput of the recognizers on typical client answers. Each benchmark runs the whole
/// batch; OperationsPerInvoke makes the reported time per sentence.
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private const int Batch = 20;

    private readonly string[] memberSentences =
    [
        "mijn mama, mijn broer Tom en de buurvrouw",
        "Els, Bart en Sofie",
        "ons moeke en mijne pa",
        "mijn dochters Emma en Lotte",
        "mijn begeleider van het CAW en de mensen van de voetbal",
        "ik zie mijn vader niet meer, mijn mama wel",
        "mijn hond Max en onze kat",
        "ik ga naar de scouts en de bib",
        "de thuisverpleging komt elke ochtend",
        "mijn beste vriendin jolien en haar vriend",
        "nonkel jan en tante maria zie ik met kerst",
        "niemand eigenlijk",
        "mijn buurvrouwe en mijn nonkle",
        "ik woon samen met mijn lief en de kinderen",
        "mijn psycholoog en de huisarts",
        "meme en pepe 😍",
        "mijn collega's op het werk",
        "de opvoeder in de leefgroep",
        "iemand van het OCMW helpt mij",
        "Mijn Mama En Mijn Papa!!",
    ];

    private readonly string[] shortAnswers =
    [
        "ja", "nee hoor", "een dikke vijf", "6/10", "zes op tien", "ongeveer vier", "misschien", "liever niet",
        "om de twee weken", "elke dag", "met kerst", "2 keer per week", "jawel", "dat klopt niet", "eenentwintig",
        "bijna nooit", "acht, misschien", "geen idee", "oké", "een paar keer per jaar",
    ];

    private readonly ChoiceOption[] support =
    [
        new("Emotionele steun", ["troost"]), new("Praktische hulp", ["klusjes"]),
        new("Gezelschap en ontspanning"), new("Advies en informatie"),
    ];

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Members()
    {
        var count = 0;
        foreach (var sentence in memberSentences)
        {
            count += NetworkMemberRecognizer.Recognize(sentence).Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Numbers()
    {
        var sum = 0;
        foreach (var answer in shortAnswers)
        {
            sum += NumberRecognizer.Recognize(answer) ?? 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int YesNo()
    {
        var yes = 0;
        foreach (var answer in shortAnswers)
        {
            yes += YesNoRecognizer.Recognize(answer) == true ? 1 : 0;
        }

        return yes;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Frequency()
    {
        var found = 0;
        foreach (var answer in shortAnswers)
        {
            found += FrequencyRecognizer.Recognize(answer) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Choice()
    {
        var found = 0;
        foreach (var answer in shortAnswers)
        {
            found += ChoiceRecognizer.Recognize(answer, support) is null ? 0 : 1;
        }

        return found;
    }
}
