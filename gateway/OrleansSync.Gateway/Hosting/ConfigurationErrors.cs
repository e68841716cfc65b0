using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace OrleansSync.Gateway.Hosting;

/// <summary>
/// A wrong setting ends the silo or the gateway with one line on stderr — <c>Configuration error: Gateway:Admin:Token must
/// be at least 32 characters…</c> — and exit code <see cref="ExitCode"/>, not with a stack trace. Every other failure
/// still ends the process as an unhandled exception, and a program run inside another process (WebApplicationFactory in
/// the tests) sees every exception unchanged.
/// </summary>
public static partial class ConfigurationErrors
{
    /// <summary>Exit code of a process that stopped over its configuration (the same as the <c>migrate</c> command's).</summary>
    public const int ExitCode = 2;

    /// <summary>Runs a host's program; a configuration error becomes one readable line and <see cref="ExitCode"/>.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> program)
    {
        ArgumentNullException.ThrowIfNull(program);
        try
        {
            return await program();
        }
        catch (Exception error) when (IsEntryPoint(program) && Describe(error) is { } reason)
        {
            await Console.Error.WriteLineAsync($"Configuration error: {reason}");
            return ExitCode;
        }
    }

    /// <summary>
    /// Validates every option registered with <c>ValidateOnStart</c> before the host starts: a failure inside the host's
    /// start would first be logged with its stack trace.
    /// </summary>
    public static WebApplication ValidateConfiguration(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetService<IStartupValidator>()?.Validate();
        return app;
    }

    /// <summary>The readable reason when <paramref name="error"/> is about configuration; null otherwise.</summary>
    public static string? Describe(Exception error) => error switch
    {
        OptionsValidationException invalid => string.Join(" ", invalid.Failures.Select(f => Readable(invalid.OptionsType, f))),
        AggregateException { InnerExceptions.Count: > 0 } all when all.InnerExceptions.All(e => Describe(e) is not null) =>
            string.Join(" ", all.InnerExceptions.Select(e => Describe(e))),
        // The configuration binder: e.g. "Failed to convert configuration value at 'Silo:SiloPort' to type 'System.Int32'."
        InvalidOperationException binding when binding.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => binding.Message,
        OrleansConfigurationException orleans => orleans.Message,
        IOException { InnerException: AddressInUseException } bind => $"{bind.Message} Is another OrleansSync running? Stop it, or set Urls to a free address.",
        _ => null,
    };

    private static bool IsEntryPoint(Delegate program) => Assembly.GetEntryAssembly() == program.Method.Module.Assembly;

    // "DataAnnotation validation failed for 'SiloOptions' members: 'SiloPort' with the error: 'The field …'." names the
    // class; the operator knows the setting, so name that ("Silo:SiloPort: The field …").
    private static string Readable(Type options, string failure)
    {
        var match = DataAnnotationFailure().Match(failure);
        if (!match.Success)
        {
            return failure;
        }

        var section = options.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string ?? options.Name;
        return $"{section}:{match.Groups["member"].Value}: {match.Groups["error"].Value}";
    }

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '(?<member>[^']*)' with the error: '(?<error>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
