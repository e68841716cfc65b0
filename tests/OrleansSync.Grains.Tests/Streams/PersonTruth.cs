namespace OrleansSync.Grains.Tests.Streams;

/// <summary>One person: the email HubSpot must show last, and the emails it used before.</summary>
public sealed record PersonTruth(string FinalEmail, IReadOnlyList<string> FormerEmails, string Kind);
