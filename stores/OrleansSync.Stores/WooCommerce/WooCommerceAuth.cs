using System.Net.Http.Headers;
using System.Text;

namespace OrleansSync.Stores.WooCommerce;

/// <summary>How every call to a WooCommerce REST API authenticates: the consumer key and secret over HTTP Basic.</summary>
public static class WooCommerceAuth
{
    public static AuthenticationHeaderValue Basic(StoreApiOptions api) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{api.ClientId}:{api.ClientSecret}")));
}
