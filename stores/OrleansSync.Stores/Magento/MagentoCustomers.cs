using System.Text.Json;
using OrleansSync.Contracts.Customers;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Magento;

/// <summary>A Magento customer (REST <c>/V1/customers/search</c> item or <c>customer_save_*</c> event value) → canonical profile.</summary>
public static class MagentoCustomers
{
    public static CustomerProfile Profile(JsonElement customer)
    {
        // Newsletter consent is on the REST customer's extension attributes; a "false" is no answer, never an opt-out.
        var subscribed = customer.Obj("extension_attributes")?.Bool("is_subscribed");
        return new CustomerProfile(
            Email: customer.Str("email"),
            FirstName: customer.Str("firstname"),
            LastName: customer.Str("lastname"),
            Phone: customer.Arr("addresses").Select(a => a.Str("telephone")).OfType<string>().FirstOrDefault(),
            Company: customer.Arr("addresses").Select(a => a.Str("company")).FirstOrDefault(c => !string.IsNullOrEmpty(c)),
            Addresses: [.. customer.Arr("addresses").Select(a => MagentoAddresses.Of(a.Bool("default_billing") == true ? "billing" : "address", a))],
            PlatformCustomerId: customer.RequiredId("id"),
            HubSpotUtk: null,
            EmailConsent: subscribed == true ? new MarketingConsent(ConsentState.OptedIn, "magento:newsletter", MagentoOrders.Time(customer, "updated_at"), "subscribed", null) : null,
            B2BCompany: null,
            Tags: [],
            Groups: customer.Id("group_id") is { } group and not "0" ? [group] : [],
            AcceptsMarketing: subscribed == true ? true : null,
            IsGuest: false,
            CreatedAt: MagentoOrders.Time(customer, "created_at"));
    }
}
