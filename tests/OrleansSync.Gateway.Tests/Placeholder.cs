namespace OrleansSync.Gateway.Tests;
public sealed class PlaceholderTests { [Fact] public void Builds() { } }
