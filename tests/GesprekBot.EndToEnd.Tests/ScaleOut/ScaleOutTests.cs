using System.Net;
using System.Text.Json.Nodes;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;
using Xunit.Abstractions;

namespace GesprekBot.EndToEnd.Tests.ScaleOut;

/// <summary>
/// Two bot processes on one PostgreSQL (issue 10, "scale-out that works"): any instance reads what
/// the other wrote, a turn delivered twice is answered once, and the review app on either instance
/// shows every intake.
/// </summary>
public sealed class ScaleOutTests(ScaleOutCluster cluster, ITestOutputHelper output) : IClassFixture<ScaleOutCluster>
{
    private const int Conversations = 20;

    [Fact]
    public async Task Intakes_alternating_between_two_instances_with_duplicate_deliveries_are_each_stored_once_and_complete()
    {
        using var a = new HttpClient { BaseAddress = cluster.A.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var b = new HttpClient { BaseAddress = cluster.B.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var intakes = Enumerable.Range(0, Conversations).Select(n => new AlternatingIntake(n, [a, b])).ToList();
        var codes = new string[intakes.Count];
        var started = TimeProvider.System.GetTimestamp();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, intakes.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (n, _) => codes[n] = await intakes[n].RunAsync());

        output.WriteLine($"{Conversations} intakes, {intakes.Sum(i => i.Turns)} turns, {intakes.Sum(i => i.Duplicates)} duplicate deliveries, {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s");
        Assert.True(intakes.Sum(i => i.Duplicates) >= Conversations * 5, "every intake has duplicate deliveries");
        Assert.Equal(Conversations, codes.Distinct().Count());
        using var review = new ReviewClient(cluster.A, cluster.B);
        await ReviewClient.SignInAsync(review.Instances[0], ScaleOutCluster.CaseworkerEmail, ScaleOutCluster.CaseworkerPassword);
        for (var n = 0; n < intakes.Count; n++)
        {
            var instance = review.Instances[n % 2]; // signed in on A, half of the reading on B
            var id = Assert.Single(await ReviewClient.FindByCodeAsync(instance, codes[n]));
            var page = await ReviewClient.GetOkAsync(instance, $"/review/intakes/{Uri.EscapeDataString(id)}");
            Assert.Contains(WebUtility.HtmlEncode(intakes[n].Name), page, StringComparison.Ordinal);
            Assert.Equal(1, Occurrences(page, WebUtility.HtmlEncode(intakes[n].Question)));
        }

        Assert.DoesNotContain("DocumentUnreadableException", cluster.A.Output + cluster.B.Output, StringComparison.Ordinal);
    }

    // Needs the LISTEN/NOTIFY fan-out of Direct Line activities between instances (issue 10, H3).
    [Fact]
    public async Task A_Direct_Line_stream_on_one_instance_receives_the_replies_to_turns_posted_on_the_other()
    {
        using var httpA = new HttpClient { BaseAddress = cluster.A.BaseAddress };
        using var httpB = new HttpClient { BaseAddress = cluster.B.BaseAddress };
        var onA = new DirectLineTestClient(httpA);
        var onB = new DirectLineTestClient(httpB);
        var started = await onA.StartNewAsync();
        var (conversationId, token) = (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
        using var stream = await StreamFrames.ConnectAsync(started["streamUrl"]!.GetValue<string>());
        await stream.UntilAsync(a => Text(a).StartsWith("Mag ik je antwoorden bewaren?", StringComparison.Ordinal));

        using var post = await onB.PostMessageAsync(conversationId, token, "ja");
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);

        var live = await stream.UntilAsync(a => Text(a).StartsWith("Hoe wil je dat ik je noem?", StringComparison.Ordinal));
        Assert.Contains(live, a => Text(a) == "ja" && a["from"]?["role"]?.GetValue<string>() == "user");
    }

    private static string Text(JsonNode activity) => activity["text"]?.GetValue<string>() ?? string.Empty;

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
