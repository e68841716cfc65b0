using System.Globalization;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Bootstrap;

namespace OrleansSync.Grains.DealOrders;

/// <summary>Reads a deal with its line items (and their products' SKUs) and its first contact: a handful of reads per deal.</summary>
public static class HubSpotDealReader
{
    private static readonly string[] DealProperties = ["dealname", "pipeline", "dealstage", "deal_currency_code", EcommerceSchema.OrderKey];
    private static readonly string[] LineProperties = ["name", "quantity", "price", "discount", "hs_sku", "hs_product_id"];
    private static readonly string[] ProductProperties = ["name", "hs_sku"];
    private static readonly string[] ContactProperties = ["email", "firstname", "lastname"];

    /// <summary>The deal, or null when HubSpot has no deal with that id (deleted since).</summary>
    public static async Task<HubSpotDeal?> ReadAsync(HubSpotClient client, string dealId, CancellationToken cancellationToken)
    {
        if ((await client.ReadByIdsAsync(HubSpotObjectTypes.Deals, [dealId], DealProperties, cancellationToken)).FirstOrDefault() is not { } deal)
        {
            return null;
        }

        string? P(HubSpotRecord record, string name) => record.Properties.GetValueOrDefault(name) is { Length: > 0 } value ? value : null;
        var lineIds = (await client.ReadAssociationsAsync(HubSpotObjectTypes.Deals, HubSpotObjectTypes.LineItems, [dealId], cancellationToken)).GetValueOrDefault(dealId) ?? [];
        var lineItems = lineIds.Count == 0 ? [] : await client.ReadByIdsAsync(HubSpotObjectTypes.LineItems, lineIds, LineProperties, cancellationToken);
        var productIds = lineItems.Select(l => P(l, "hs_product_id")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var products = productIds.Count == 0 ? [] : await client.ReadByIdsAsync(HubSpotObjectTypes.Products, productIds, ProductProperties, cancellationToken);
        var skuOfProduct = products.Where(p => P(p, "hs_sku") is not null).ToDictionary(p => p.Id, p => P(p, "hs_sku")!, StringComparer.Ordinal);
        var lines = lineItems
            .OrderBy(l => long.TryParse(l.Id, CultureInfo.InvariantCulture, out var id) ? id : long.MaxValue)
            .Select(l => new HubSpotDealLine(
                P(l, "name") ?? "Item",
                Number(P(l, "quantity")) ?? 1m,
                Math.Max(0m, (Number(P(l, "price")) ?? 0m) - (Number(P(l, "discount")) ?? 0m)),
                P(l, "hs_sku") ?? (P(l, "hs_product_id") is { } product ? skuOfProduct.GetValueOrDefault(product) : null)))
            .ToList();

        var contactIds = (await client.ReadAssociationsAsync(HubSpotObjectTypes.Deals, HubSpotObjectTypes.Contacts, [dealId], cancellationToken)).GetValueOrDefault(dealId) ?? [];
        var contact = contactIds.Count == 0 ? null
            : (await client.ReadByIdsAsync(HubSpotObjectTypes.Contacts, [contactIds[0]], ContactProperties, cancellationToken)).FirstOrDefault();
        return new HubSpotDeal(
            deal.Id, P(deal, "pipeline"), P(deal, "dealstage"), P(deal, "deal_currency_code"), P(deal, EcommerceSchema.OrderKey), lines,
            contact is null ? null : P(contact, "email"), contact is null ? null : P(contact, "firstname"), contact is null ? null : P(contact, "lastname"));
    }

    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
}
