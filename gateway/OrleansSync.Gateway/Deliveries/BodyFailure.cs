namespace OrleansSync.Gateway.Deliveries;

/// <summary>Why a request body could not be read whole: the status to answer and the reason to keep.</summary>
public sealed record BodyFailure(int StatusCode, string Title, string Detail);
