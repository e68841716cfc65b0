using System.Globalization;
using OrleansSync.Grains.Mapping;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Bootstrap;
using OrleansSync.HubSpot.Client.Reads;

namespace OrleansSync.Grains.Operations;

/// <summary>Reads back from HubSpot what the checks compare: the ecommerce deals (closed-won ones by paid day), contacts, associations.</summary>
public sealed class CrmReader(HubSpotClient client, string pipelineLabel)
{
    private static readonly string[] ClosedWonLabels = [DealStageLabels.Of(DealStage.Paid), DealStageLabels.Of(DealStage.Fulfilled), DealStageLabels.Of(DealStage.Refunded)];

    private static readonly string[] DealProperties = [EcommerceSchema.OrderKey, "amount", "deal_currency_code", "closedate", "dealstage", "pipeline"];

    /// <summary>Every deal of the ecommerce pipeline (the sync's deals: they carry an order key).</summary>
    public async Task<IReadOnlyList<CrmObject>> EcommerceDealsAsync(CancellationToken cancellationToken)
    {
        var pipeline = (await client.GetPipelinesAsync(HubSpotObjectTypes.Deals, cancellationToken)).FirstOrDefault(p => p.Label == pipelineLabel);
        var deals = await client.ListAllAsync(HubSpotObjectTypes.Deals, DealProperties, cancellationToken);
        return [.. deals.Where(d => d.Properties.ContainsKey(EcommerceSchema.OrderKey) && (pipeline is null || d.Properties.GetValueOrDefault("pipeline") == pipeline.Id))];
    }

    /// <summary>The closed-won ecommerce deals closed on <paramref name="day"/> (UTC).</summary>
    public async Task<IReadOnlyList<HubSpotDeal>> ClosedWonDealsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var pipeline = (await client.GetPipelinesAsync(HubSpotObjectTypes.Deals, cancellationToken)).FirstOrDefault(p => p.Label == pipelineLabel)
            ?? throw new InvalidOperationException($"HubSpot has no '{pipelineLabel}' deal pipeline.");
        var won = pipeline.Stages.Where(s => ClosedWonLabels.Contains(s.Label)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var deals = await client.ListAllAsync(HubSpotObjectTypes.Deals, DealProperties, cancellationToken);
        return [.. deals
            .Where(d => d.Properties.GetValueOrDefault("pipeline") == pipeline.Id && won.Contains(d.Properties.GetValueOrDefault("dealstage") ?? ""))
            .Select(ToDeal)
            .OfType<HubSpotDeal>()
            .Where(d => DateOnly.FromDateTime(d.ClosedAt.UtcDateTime) == day)];
    }

    public Task<IReadOnlyList<CrmObject>> ContactsAsync(CancellationToken cancellationToken) =>
        client.ListAllAsync(HubSpotObjectTypes.Contacts, ["email", "phone", "mobilephone"], cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> AssociatedAsync(string toType, IReadOnlyList<string> dealIds, CancellationToken cancellationToken) =>
        client.ReadAssociationsAsync(HubSpotObjectTypes.Deals, toType, dealIds, cancellationToken);

    private static HubSpotDeal? ToDeal(CrmObject deal)
    {
        var key = deal.Properties.GetValueOrDefault(EcommerceSchema.OrderKey);
        var slash = key?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (key is null || slash <= 0 || Time(deal.Properties.GetValueOrDefault("closedate")) is not { } closed)
        {
            return null;
        }

        var amount = decimal.TryParse(deal.Properties.GetValueOrDefault("amount"), NumberStyles.Float, CultureInfo.InvariantCulture, out var a) ? a : 0m;
        return new HubSpotDeal(deal.Id, key, key[..slash], amount, deal.Properties.GetValueOrDefault("deal_currency_code"), closed);
    }

    /// <summary>HubSpot answers dates as ISO 8601; it accepts (and older portals return) epoch milliseconds.</summary>
    private static DateTimeOffset? Time(string? value) =>
        value is null ? null
        : long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
