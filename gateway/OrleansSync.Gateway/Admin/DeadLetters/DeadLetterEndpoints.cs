using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Diagnostics;

namespace OrleansSync.Gateway.Admin.DeadLetters;

internal static class DeadLetterEndpoints
{
    public static void MapDeadLetters(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/dead-letters").WithTags("Admin: dead letters");
        group.MapGet("/", ListAsync).WithName("ListDeadLetters").WithSummary("Dead letters, oldest first; filter by HubSpot portal.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetDeadLetter").WithSummary("One dead letter with its payload and error.");
        group.MapPost("/{id:long}/replay", ReplayAsync).WithName("ReplayDeadLetter")
            .WithSummary("Queues the message for its grain again and removes the letter, or hands the HubSpot record back to its portal.")
            .WithMetadata(new Audit.AuditedAction("dead-letter.replay"));
        group.MapDelete("/{id:long}", DiscardAsync).WithName("DiscardDeadLetter").WithSummary("Discards the dead letter for good.")
            .WithMetadata(new Audit.AuditedAction("dead-letter.discard"));
    }

    // [FromServices]: the store is registered by the host; without it these endpoints fail per request, not at start.
    private static async Task<Ok<DeadLetterPage>> ListAsync(
        [FromServices] IDeadLetterStore store, IOptions<AdminOptions> options, string? portalId, long? afterId, int? limit, CancellationToken cancellationToken)
    {
        var take = Math.Clamp(limit ?? options.Value.MaxPageSize, 1, options.Value.MaxPageSize);
        var letters = await store.ListAsync(portalId, afterId ?? 0, take, cancellationToken);
        return TypedResults.Ok(new DeadLetterPage([.. letters.Select(View)], letters.Count == take ? letters[^1].Id : null));
    }

    private static async Task<Results<Ok<DeadLetterView>, ProblemHttpResult>> GetAsync([FromServices] IDeadLetterStore store, long id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } letter ? TypedResults.Ok(View(letter)) : NotFound(id);

    private static async Task<Results<Ok<DeadLetterAction>, ProblemHttpResult>> ReplayAsync(
        [FromServices] DeadLetterReplayer replayer, ILogger<DeadLetterAction> logger, long id, CancellationToken cancellationToken)
    {
        DeadLetterReplay replay;
        try
        {
            replay = await replayer.ReplayAsync(id, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The portal's grain or the delivery queue did not answer: the letter stays; the operator retries.
            return TypedResults.Problem(
                $"Dead letter {id} could not be replayed now ({error.GetType().Name}); it is kept. Retry shortly.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Replay unavailable",
                type: ProblemTypes.ClusterUnavailable);
        }

        switch (replay)
        {
            case DeadLetterReplay.NotFound:
                return NotFound(id);
            case DeadLetterReplay.NotReplayable:
                return TypedResults.Problem(
                    $"Dead letter {id} cannot be replayed as it is (its message no longer reads, or it names no portal); inspect it and discard it.",
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Not replayable",
                    type: ProblemTypes.NotReplayable);
            default:
                GatewayLog.DeadLetterAction(logger, id, "replayed");
                return TypedResults.Ok(new DeadLetterAction(id, "replayed"));
        }
    }

    private static async Task<Results<Ok<DeadLetterAction>, ProblemHttpResult>> DiscardAsync(
        [FromServices] IDeadLetterStore store, ILogger<DeadLetterAction> logger, long id, CancellationToken cancellationToken)
    {
        if (!await store.RemoveAsync(id, cancellationToken))
        {
            return NotFound(id);
        }

        GatewayLog.DeadLetterAction(logger, id, "discarded");
        return TypedResults.Ok(new DeadLetterAction(id, "discarded"));
    }

    private static DeadLetterView View(DeadLetter l) =>
        new(l.Id, l.Kind.ToString(), l.Grain.Type, l.Grain.Key, l.PortalId, l.TypeOrObjectKey, l.Payload, l.Error, l.Attempts, l.CreatedAt);

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem($"No dead letter {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found", type: ProblemTypes.NotFound);
}
