namespace OrleansSync.HubSpot;

/// <summary>HubSpot account tier of a privately distributed app; sets the burst limit per rolling 10 seconds.</summary>
public enum HubSpotPortalTier
{
    /// <summary>100 requests per 10 s, 250,000 per day.</summary>
    Free,

    /// <summary>100 requests per 10 s, 250,000 per day.</summary>
    Starter,

    /// <summary>190 requests per 10 s, 625,000 per day.</summary>
    Professional,

    /// <summary>190 requests per 10 s, 1,000,000 per day.</summary>
    Enterprise,

    /// <summary>Any tier with the API Limit Increase add-on: 250 requests per 10 s.</summary>
    ApiLimitIncrease,
}
