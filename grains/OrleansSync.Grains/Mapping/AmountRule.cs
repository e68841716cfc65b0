using System.Text.Json.Serialization;

namespace OrleansSync.Grains.Mapping;

/// <summary>Which order total becomes the deal amount. Subtotal, tax, shipping and discount are always kept as their own properties.</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<AmountRule>))]
public enum AmountRule
{
    /// <summary>The order total as the customer paid it: subtotal − discount + tax + shipping.</summary>
    Gross,

    /// <summary>Merchandise revenue only: subtotal − discount, without tax and shipping.</summary>
    Net,
}
