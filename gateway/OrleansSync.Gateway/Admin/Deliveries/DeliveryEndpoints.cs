using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Admin.Deliveries;

internal static class DeliveryEndpoints
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void MapKeptDeliveries(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/deliveries").WithTags("Admin: deliveries");
        group.MapGet("/rejected", (IDeliveryLog log, IOptions<AdminOptions> options, long? afterId, int? limit, CancellationToken cancellationToken) =>
                ListAsync(log, options, DeliveryKind.Rejected, afterId, limit, cancellationToken))
            .WithName("ListRejectedDeliveries")
            .WithSummary("Deliveries refused with a 4xx (signature, JSON, topic, store, size), oldest first.");
        group.MapGet("/quarantined", (IDeliveryLog log, IOptions<AdminOptions> options, long? afterId, int? limit, CancellationToken cancellationToken) =>
                ListAsync(log, options, DeliveryKind.Quarantined, afterId, limit, cancellationToken))
            .WithName("ListQuarantinedDeliveries")
            .WithSummary("Authentic deliveries whose record could not be mapped, oldest first.");
        group.MapGet("/{id:long}", GetAsync)
            .WithName("GetDelivery")
            .WithSummary("One kept delivery with its raw body, headers (secrets redacted) and reason.");
    }

    private static async Task<Ok<DeliveryPage>> ListAsync(
        IDeliveryLog log, IOptions<AdminOptions> options, DeliveryKind kind, long? afterId, int? limit, CancellationToken cancellationToken)
    {
        var take = Math.Clamp(limit ?? options.Value.MaxPageSize, 1, options.Value.MaxPageSize);
        var records = await log.ListAsync(kind, afterId ?? 0, take, cancellationToken);
        var items = records.Select(r => new DeliverySummary(r.Id, r.Kind, r.Platform, r.StoreId, r.Topic, r.StatusCode, r.Reason, r.DeliveryKey, r.Body.Length, r.ReceivedAt)).ToList();
        return TypedResults.Ok(new DeliveryPage(items, records.Count == take ? records[^1].Id : null));
    }

    private static async Task<Results<Ok<DeliveryDetail>, ProblemHttpResult>> GetAsync(IDeliveryLog log, long id, CancellationToken cancellationToken)
    {
        if (await log.GetAsync(id, cancellationToken) is not { } r)
        {
            return TypedResults.Problem($"No kept delivery {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found", type: ProblemTypes.NotFound);
        }

        var text = TryUtf8(r.Body);
        return TypedResults.Ok(new DeliveryDetail(
            r.Id, r.Kind, r.Platform, r.StoreId, r.Topic, r.StatusCode, r.Reason, r.DeliveryKey, r.Headers,
            text, text is null ? Convert.ToBase64String(r.Body) : null, r.BodyTruncated, r.ReceivedAt));
    }

    private static string? TryUtf8(byte[] body)
    {
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
