
namespace OrleansSync.Contracts.Customers;

/// <summary>
/// Operator command (GDPR right to erasure): the customer grain erases its local state, cancels its
/// reminders and queues a HubSpot GDPR delete of the contact. Not a store event.
/// </summary>
/// <param name="PortalId">The HubSpot portal whose contact is erased.</param>
/// <param name="Email">The email as given by the operator (routing normalises it).</param>
/// <param name="RequestId">Unique id of the request; the audit record and the deduplication key use it.</param>
/// <param name="RequestedBy">Who asked (operator name or ticket), for the audit trail.</param>
/// <param name="Reason">Free text, e.g. the ticket reference.</param>
/// <param name="RequestedAt">When the operator asked.</param>
[GenerateSerializer]
[Alias("customer.erase.v1")]
public sealed record EraseCustomer(
    string PortalId,
    string Email,
    string RequestId,
    string RequestedBy,
    string? Reason,
    DateTimeOffset RequestedAt);
