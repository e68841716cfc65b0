using System.Text.RegularExpressions;

namespace OrleansSync.Storage.Tests.Migrations;

/// <summary>Reads the @Parameter names a stored Orleans query refers to.</summary>
internal static partial class OrleansQueryText
{
    public static IReadOnlySet<string> Parameters(string queryText) =>
        Parameter().Matches(queryText).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"@([A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex Parameter();
}
