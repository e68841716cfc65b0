namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>A test that posts a real platform sample; skipped with the reason when ../shared/fixtures is absent.</summary>
public sealed class FixtureFactAttribute : FactAttribute
{
    public FixtureFactAttribute()
    {
        if (Fixtures.Directory is null)
        {
            Skip = "needs the platform samples in ../shared/fixtures/platforms next to the repository";
        }
    }
}
