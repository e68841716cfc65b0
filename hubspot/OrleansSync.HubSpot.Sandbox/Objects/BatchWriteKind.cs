namespace OrleansSync.HubSpot.Sandbox.Objects;

internal enum BatchWriteKind
{
    Create,
    Update,
    Upsert,
}
