namespace OrleansSync.HubSpot.Tests;
public sealed class PlaceholderTests { [Fact] public void Builds() { } }
