using OrleansSync.Contracts.Routing;

namespace OrleansSync.Gateway.Tests.Contracts;

public sealed class EmailNormalizerTests
{
    // Expected values computed with Python's unicodedata.normalize("NFC", s.lower()) (Unicode 14).
    [Theory]
    [InlineData("zoe\u0308@example.com", "zo\u00EB@example.com")]
    [InlineData("\u212B@x.se", "\u00E5@x.se")]
    [InlineData("d\u0307\u0323@x.io", "\u1E0D\u0307@x.io")]
    [InlineData("\u1100\u1161\u11A8@kr.kr", "\uAC01@kr.kr")]
    [InlineData("\u0915\u093C@in.in", "\u0915\u093C@in.in")]
    [InlineData("a\u0328\u0301@x.pl", "\u0105\u0301@x.pl")]
    [InlineData("\u00E9\u0301@x.fr", "\u00E9\u0301@x.fr")]
    [InlineData("\uD55C\uAE00@kr.kr", "\uD55C\uAE00@kr.kr")]
    [InlineData("o\u0302\u0300@x.vn", "\u1ED3@x.vn")]
    [InlineData("\U0001D15E@x.com", "\U0001D157\U0001D165@x.com")]
    [InlineData("  Mixed.Case@Example.COM\t", "mixed.case@example.com")]
    public void Normalize_UnicodeEmail_IsTrimmedLowerCasedAndNfcEvenUnderInvariantGlobalization(string email, string expected)
    {
        Assert.Equal(expected, EmailNormalizer.Normalize(email));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_BlankEmail_IsNull(string? email)
    {
        Assert.Null(EmailNormalizer.Normalize(email));
    }

    // Regression (hostile-input run): these became separate contacts from jane@example.com.
    [Theory]
    [InlineData("jane\u0000@example.com")]
    [InlineData("ja\u200Bne@example.com")]
    [InlineData("jane@exa\u200Dmple.com")]
    [InlineData("\u202Ejane@example.com")]
    [InlineData("jane@example.com\u2066")]
    [InlineData("\uFEFFJane@Example.com")]
    [InlineData("ja\u00ADne@example.com")]
    public void Normalize_EmailWithInvisibleCharacters_IsTheSameKeyAsTheVisibleEmail(string email)
    {
        Assert.Equal("jane@example.com", EmailNormalizer.Normalize(email));
    }

    // Built at run time: xunit would turn a lone surrogate in InlineData into U+FFFD.
    [Fact]
    public void Normalize_EmailWithLoneSurrogates_IsTheSameKeyAsTheVisibleEmail()
    {
        Assert.Equal("jane@example.com", EmailNormalizer.Normalize("jane" + (char)0xD800 + "@example.com"));
        Assert.Equal("jane@example.com", EmailNormalizer.Normalize("jane@example.com" + (char)0xDC00));
    }

    [Fact]
    public void Normalize_OnlyInvisibleCharacters_IsNull()
    {
        Assert.Null(EmailNormalizer.Normalize("\u200B\u0000\u202E"));
    }
}
