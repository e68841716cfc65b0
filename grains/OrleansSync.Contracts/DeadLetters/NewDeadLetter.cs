using OrleansSync.Contracts.Routing;

namespace OrleansSync.Contracts.DeadLetters;

/// <summary>A message or HubSpot record that could not be carried out, kept with its payload and error for an operator.</summary>
/// <param name="Grain">The grain the message was for, or the grain that owed the HubSpot record.</param>
/// <param name="PortalId">The HubSpot portal (HubSpot records only).</param>
/// <param name="TypeOrObjectKey">The message's type name, or the HubSpot record's object key.</param>
/// <param name="Payload">The message or record as JSON.</param>
/// <param name="Error">Why it failed (HubSpot's status, category and message, or the exception).</param>
/// <param name="Attempts">How often it was tried.</param>
public sealed record NewDeadLetter(
    DeadLetterKind Kind,
    GrainIdentity Grain,
    string? PortalId,
    string TypeOrObjectKey,
    string Payload,
    string Error,
    int Attempts);
