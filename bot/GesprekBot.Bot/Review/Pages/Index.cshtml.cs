using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Intakes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GesprekBot.Bot.Review.Pages;

public sealed class IndexModel(ReviewIntakes intakes) : PageModel
{
    public IReadOnlyList<ReviewIntake> Intakes { get; private set; } = [];

    public string? Code { get; private set; }

    public bool DeletedMessage { get; private set; }

    public async Task OnGetAsync(string? code, bool deleted, CancellationToken cancellationToken)
    {
        (Code, DeletedMessage) = (code, deleted);
        Intakes = await intakes.ListAsync(ReviewUser.From(User), code, cancellationToken);
    }
}
