using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.CommerceTools;

/// <summary>A commercetools Customer and Address → canonical profile (consent is project-specific custom fields: not read).</summary>
public static class CommerceToolsCustomers
{
    public static CustomerProfile Profile(JsonElement customer) =>
        new(
            Email: customer.Str("email"),
            FirstName: customer.Str("firstName"),
            LastName: customer.Str("lastName"),
            Phone: customer.Arr("addresses").Select(a => a.Str("phone") ?? a.Str("mobile")).OfType<string>().FirstOrDefault(),
            Company: customer.Str("companyName"),
            Addresses: [.. customer.Arr("addresses").Select(a => Address(a.Id("id") is { } id && id == customer.Id("defaultBillingAddressId") ? "billing" : "address", a))],
            PlatformCustomerId: customer.RequiredId("id"),
            HubSpotUtk: null,
            EmailConsent: null,
            B2BCompany: null,
            Tags: [],
            Groups: customer.Obj("customerGroup")?.Id("id") is { } group ? [group] : [],
            AcceptsMarketing: null,
            IsGuest: false,
            CreatedAt: customer.Time("createdAt"));

    public static PostalAddress Address(string kind, JsonElement a)
    {
        var street = string.Join(' ', new[] { a.Str("streetNumber"), a.Str("streetName") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new PostalAddress(
            kind, a.Str("firstName"), a.Str("lastName"), a.Str("company"), street.Length == 0 ? null : street, a.Str("additionalStreetInfo"),
            a.Str("city"), a.Str("state") ?? a.Str("region"), a.Str("postalCode"), a.Str("country"), a.Str("phone"));
    }
}
