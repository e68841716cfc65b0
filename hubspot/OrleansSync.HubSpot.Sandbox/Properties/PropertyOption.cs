namespace OrleansSync.HubSpot.Sandbox.Properties;

/// <summary>One option of an enumeration property; <see cref="Value"/> is what the API reads and writes.</summary>
internal sealed record PropertyOption(string Label, string Value, int DisplayOrder = 0, bool Hidden = false);
