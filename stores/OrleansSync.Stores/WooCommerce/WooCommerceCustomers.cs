using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.WooCommerce;

/// <summary>WooCommerce customer and address JSON → canonical profile. Core has no consent field: consent stays unknown (null).</summary>
public static class WooCommerceCustomers
{
    public static CustomerProfile Profile(JsonElement body)
    {
        var billing = body.Obj("billing");
        var role = body.Id("role");
        return new CustomerProfile(
            Email: body.Str("email") ?? billing?.Str("email"),
            FirstName: body.Str("first_name"),
            LastName: body.Str("last_name"),
            Phone: billing?.Str("phone"),
            Company: billing?.Str("company"),
            Addresses: Addresses(body),
            PlatformCustomerId: body.RequiredId("id"),
            HubSpotUtk: HubSpotUtk(body),
            EmailConsent: null,
            B2BCompany: null,
            Tags: [],
            Groups: role is null ? [] : [role],
            AcceptsMarketing: null,
            IsGuest: false,
            CreatedAt: body.Time("date_created_gmt"));
    }

    public static IReadOnlyList<PostalAddress> Addresses(JsonElement body)
    {
        var addresses = new List<PostalAddress>(2);
        foreach (var kind in (ReadOnlySpan<string>)["billing", "shipping"])
        {
            if (body.Obj(kind) is { } a)
            {
                addresses.Add(new PostalAddress(
                    kind, a.Str("first_name"), a.Str("last_name"), a.Str("company"), a.Str("address_1"), a.Str("address_2"),
                    a.Str("city"), a.Str("state"), a.Str("postcode"), a.Str("country"), a.Str("phone")));
            }
        }

        return addresses;
    }

    /// <summary>The hubspotutk a tracking plugin stored in <c>meta_data</c> (key "hubspotutk" or "_hubspotutk"), if any.</summary>
    public static string? HubSpotUtk(JsonElement body) =>
        body.Arr("meta_data")
            .Where(m => m.Str("key") is "hubspotutk" or "_hubspotutk")
            .Select(m => m.Id("value"))
            .FirstOrDefault(v => v is not null);
}
