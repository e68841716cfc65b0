using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Storage;

namespace OrleansSync.Gateway.Configuration;

/// <summary>
/// Refuses an admin token anyone could guess: missing, shorter than 32 characters, a placeholder copied from an example
/// ("change-me…", "&lt;token&gt;"), too few distinct characters, or the public demo token once a database is configured.
/// The messages never repeat the token.
/// </summary>
internal sealed class AdminOptionsValidator(IOptions<StorageOptions> storage) : IValidateOptions<AdminOptions>
{
    public const int MinLength = 32;

    private const string Hint = "set it to a random secret, e.g. openssl rand -hex 32";

    // Fragments of the placeholders example files and compose files carry; no random token contains them.
    private static readonly string[] PlaceholderFragments =
    [
        "change-me", "change_me", "changeme", "change-this", "changethis", "replace-me", "replace_me", "replaceme",
        "placeholder", "your-token", "your_token", "yourtoken", "example", "<", ">",
    ];

    // A random 32-character hex token has about 14 distinct characters; "aaaa…" or "0123012301230123…" has few.
    private const int MinDistinctCharacters = 8;

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var token = options.Token ?? "";
        var key = AdminOptions.SectionName + ":" + nameof(AdminOptions.Token);
        if (string.IsNullOrWhiteSpace(token))
        {
            return ValidateOptionsResult.Fail($"{key} is required: {Hint}.");
        }

        if (token == AdminOptions.DemoToken)
        {
            return storage.Value.UsesPostgres
                ? ValidateOptionsResult.Fail($"{key} is the public demo token, accepted only without a database (demo mode): {Hint}.")
                : ValidateOptionsResult.Success;
        }

        if (token.Length < MinLength)
        {
            return ValidateOptionsResult.Fail($"{key} must be at least {MinLength} characters: {Hint}.");
        }

        if (PlaceholderFragments.Any(f => token.Contains(f, StringComparison.OrdinalIgnoreCase)))
        {
            return ValidateOptionsResult.Fail($"{key} is a placeholder, not a secret: {Hint}.");
        }

        return token.Distinct().Count() < MinDistinctCharacters
            ? ValidateOptionsResult.Fail($"{key} has too few distinct characters to be a secret: {Hint}.")
            : ValidateOptionsResult.Success;
    }
}
