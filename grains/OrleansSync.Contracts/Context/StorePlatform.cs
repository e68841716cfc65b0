using System.Text.Json.Serialization;

namespace OrleansSync.Contracts.Context;

/// <summary>The ecommerce platform a store runs on. Serialised by name so stored events survive reordering.</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<StorePlatform>))]
public enum StorePlatform
{
    /// <summary>Any other cart, through the generic cart events API.</summary>
    Generic,
    WooCommerce,
    Shopify,
    BigCommerce,
    Magento,
    Commercetools,
}
