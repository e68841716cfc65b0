namespace OrleansSync.HubSpot.Sandbox;

/// <summary>When a batch write with some invalid inputs writes the valid ones (207) instead of failing whole.</summary>
public enum PartialBatchMode
{
    /// <summary>207 only when every input carries a unique <c>objectWriteTraceId</c> (HubSpot's documented rule for create).</summary>
    WhenEveryInputHasTraceId,

    /// <summary>Only batch create honours trace ids; update and upsert fail whole on one bad input.</summary>
    CreateOnly,

    /// <summary>Any invalid input fails the whole request and nothing is written.</summary>
    Never,
}
