using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;

namespace OrleansSync.Grains.Customers;

/// <summary>
/// What an order or a checkout says about its buyer (billing name, phone, company, address), sent to the customer grain
/// beside the order summary or the open cart. It only fills blanks: the customer record itself always wins.
/// </summary>
[GenerateSerializer]
[Alias("customer.buyer-details.v1")]
public sealed record BuyerDetails(string? FirstName, string? LastName, string? Phone, string? Company, PostalAddress? Address)
{
    /// <summary>The buyer's details, the billing address standing in for blank profile fields; null when there are none.</summary>
    public static BuyerDetails? From(CustomerProfile buyer)
    {
        var address = buyer.Addresses.FirstOrDefault(a => a.Kind == "billing") ?? buyer.Addresses.FirstOrDefault();
        var details = new BuyerDetails(
            Blank(buyer.FirstName) ?? Blank(address?.FirstName),
            Blank(buyer.LastName) ?? Blank(address?.LastName),
            Blank(buyer.Phone) ?? Blank(address?.Phone),
            Blank(buyer.Company) ?? Blank(address?.Company),
            address);
        return details is { FirstName: null, LastName: null, Phone: null, Company: null, Address: null } ? null : details;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
