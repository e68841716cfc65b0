namespace OrleansSync.Grains.Tests;
public sealed class PlaceholderTests { [Fact] public void Builds() { } }
