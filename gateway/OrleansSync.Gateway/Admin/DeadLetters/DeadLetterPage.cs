namespace OrleansSync.Gateway.Admin.DeadLetters;

/// <summary>A page of dead letters; pass <see cref="NextAfterId"/> as <c>afterId</c> for the next page (null = last page).</summary>
public sealed record DeadLetterPage(IReadOnlyList<DeadLetterView> Items, long? NextAfterId);
