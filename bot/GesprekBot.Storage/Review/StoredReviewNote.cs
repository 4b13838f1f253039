namespace GesprekBot.Storage.Review;

/// <summary>A caseworker's note as a row of <c>review_notes</c>: when and who (plain), the author's name and the text (encrypted).</summary>
public sealed record StoredReviewNote(DateTimeOffset At, string AuthorId, string AuthorName, string Text);
