namespace OrleansSync.Runtime.Tests;
public sealed class PlaceholderTests { [Fact] public void Builds() { } }
