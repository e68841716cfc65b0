namespace OrleansSync.Contracts.DeadLetters;

/// <summary>What a dead letter holds, and so what replaying it does.</summary>
public enum DeadLetterKind
{
    /// <summary>A message a grain's handler kept failing on; replay delivers it to the grain again.</summary>
    Message,

    /// <summary>A HubSpot record the portal could not write; replay puts it back in the portal's queue.</summary>
    HubSpotRecord,
}
