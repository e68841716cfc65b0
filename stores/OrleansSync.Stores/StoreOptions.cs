using System.ComponentModel.DataAnnotations;
using OrleansSync.Contracts.Context;

namespace OrleansSync.Stores;

/// <summary>One store whose deliveries this gateway accepts (an element of <c>Gateway:Stores</c>).</summary>
public sealed class StoreOptions
{
    /// <summary>Stable id used in webhook URLs (<c>/webhooks/shopify/{Id}</c>) and grain keys. Lower-case letters, digits, '-', '_', '.'.</summary>
    [Required(ErrorMessage = "Id is required.")]
    [RegularExpression("^[a-z0-9][a-z0-9._-]{0,62}$", ErrorMessage = "Id must be lower-case letters, digits, '.', '_' or '-' (at most 63).")]
    public string Id { get; set; } = "";

    /// <summary>The platform; decides which endpoint accepts this store. Required.</summary>
    public StorePlatform Platform { get; set; } = StorePlatform.Generic;

    /// <summary>
    /// Signing secret: the WooCommerce webhook secret, the Shopify app client secret (or the admin's signing key),
    /// or the key generic carts sign with. Required: unsigned webhooks are refused. Never logged.
    /// </summary>
    [Required(ErrorMessage = "Secret is required (the platform's webhook signing secret).")]
    [MinLength(8, ErrorMessage = "Secret must be at least 8 characters.")]
    public string Secret { get; set; } = "";

    /// <summary>The previous secret during a rotation (Shopify keeps signing with it for about an hour). Default none.</summary>
    public string? PreviousSecret { get; set; }

    /// <summary>
    /// The platform's own name for the store, checked against the delivery when set: Shopify
    /// <c>X-Shopify-Shop-Domain</c> (e.g. "shop.myshopify.com"). Default none (not checked).
    /// </summary>
    public string? PlatformStoreId { get; set; }

    /// <summary>The HubSpot portal (hub id) this store syncs to. Required.</summary>
    [Required(ErrorMessage = "PortalId is required (the HubSpot portal id).")]
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "PortalId must be the HubSpot portal's numeric id.")]
    public string PortalId { get; set; } = "";

    /// <summary>ISO 4217 currency used when a payload names none. Default none.</summary>
    [RegularExpression("^[A-Z]{3}$", ErrorMessage = "DefaultCurrency must be an ISO 4217 code such as USD.")]
    public string? DefaultCurrency { get; set; }

    /// <summary>Locale used when a payload names none, e.g. "en-US". Default none.</summary>
    public string? DefaultLocale { get; set; }

    /// <summary>Sales channel used when a payload names none, e.g. "web". Default none.</summary>
    public string? DefaultChannel { get; set; }

    /// <summary>
    /// Public key(s) the platform signs deliveries with, as PEM (Adobe I/O Events for Magento / Adobe Commerce: the
    /// keys behind <c>x-adobe-public-key1-path</c>/<c>2-path</c>; several PEM blocks may be concatenated for a rotation).
    /// Default none.
    /// </summary>
    public string? SigningPublicKey { get; set; }

    /// <summary>
    /// Where the signing public keys are fetched from when no <see cref="SigningPublicKey"/> is configured: the key path a
    /// delivery names is appended to this URL only (Adobe's is https://static.adobeioevents.com). Default none.
    /// </summary>
    public Uri? SigningPublicKeyBaseUrl { get; set; }

    /// <summary>
    /// commercetools: the ARN of the AWS SNS topic its subscription publishes to (<c>arn:aws:sns:eu-west-1:123456789012:ct-messages</c>).
    /// Deliveries to <c>/webhooks/commercetools/{Id}</c> from any other topic are refused, and only this topic's
    /// subscription is confirmed. Default none (SNS deliveries refused).
    /// </summary>
    public string? SnsTopicArn { get; set; }

    /// <summary>The store's REST API, for backfill and delta polling. Default none (webhooks only).</summary>
    public StoreApiOptions? Api { get; set; }

    /// <summary>Deals created in HubSpot that become orders of this store. Default none (off).</summary>
    public StoreDealOrderOptions? DealOrders { get; set; }
}
