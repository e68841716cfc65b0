namespace OrleansSync.Gateway.Tests.Fuzzing;

/// <summary>JSON texts that broke or could break a mapper: wrong types, numeric extremes, unicode edge cases, odd dates.</summary>
internal static class HostileValues
{
    public static readonly string[] Json =
    [
        // wrong types
        "[]", "[1,2]", "{}", "{\"a\":{\"b\":[]}}", "true", "false", "null", "\"\"", "\"   \"", "0", "\"text\"",
        // numbers at and beyond the edges
        "1e308", "-1e308", "-0", "-0.0", "1e-400", "79228162514264337593543950335", "79228162514264337593543950336",
        "-79228162514264337593543950336", "5e28", "1e13", "-1", "-0.01", "0.000000000000000000000000001", "123456789012345678901234567890",
        "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e308\"", "\"0x10\"", "\"1,000.00\"", "\"12.5.3\"", "\"-5.00\"",
        // unicode edge cases (escaped, as a hostile sender writes them)
        "\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udc00y\"", "\"\\ud83d\\ude00\"", "\"\\u202Eevil\"", "\"ab\\u200Bcd\"", "\"\\uFEFF\"",
        "\"jane\\u200B@example.com\"", "\"jane\\u0000@example.com\"", "\"\\u202Ejane@example.com\"", "\"not-an-email\"", "\"@@\"",
        // dates
        "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00\"", "\"1970-01-01T00:00:00Z\"", "\"2026-13-45T99:99:99\"", "\"yesterday\"",
        "\"2026-01-01T00:00:00+14:00\"", "253402300799999",
    ];

    /// <summary>Raw bytes that are not valid UTF-8 (an overlong '/', a lone continuation byte, a truncated sequence).</summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xC0, 0xAF], [0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xED, 0xA0, 0x80],
    ];
}
