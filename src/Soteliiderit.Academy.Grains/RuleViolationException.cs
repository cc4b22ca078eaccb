using Orleans;
namespace Soteliiderit.Academy.Grains;

/// <summary>What kind of "no" a refused call is; the web layer turns it into a status code.</summary>
[GenerateSerializer]
public enum RuleKind
{
    /// <summary>The input breaks a rule (400).</summary>
    Invalid,

    /// <summary>The thing does not exist, or the caller may not know it exists (404).</summary>
    NotFound,

    /// <summary>The call clashes with the current state, such as enrolling twice (409).</summary>
    Conflict,

    /// <summary>The caller may know the thing but may not do this to it (403).</summary>
    Forbidden,

    /// <summary>Nothing was wrong with the call, but the academy could not answer it now, for example during a failover (503).</summary>
    Unavailable,
}

/// <summary>One field's problem. Code names a localized message; Arguments fill its placeholders.</summary>
[GenerateSerializer, Immutable]
public sealed record FieldError(string Field, string Code, params object[] Arguments);

/// <summary>
/// A call the academy refuses and changes nothing for. Code names a localized message (Errors.{Code}),
/// so a grain never needs to know the caller's language.
/// </summary>
[GenerateSerializer]
public sealed class RuleViolationException : Exception
{
    public RuleViolationException(RuleKind kind, string code, IReadOnlyList<FieldError>? fieldErrors = null)
        : base(fieldErrors is { Count: > 0 } ? $"{code} ({string.Join(", ", fieldErrors.Select(e => $"{e.Field}: {e.Code}"))})" : code)
    {
        Kind = kind;
        Code = code;
        FieldErrors = fieldErrors ?? [];
    }

    public RuleViolationException()
        : this(RuleKind.Invalid, "Invalid")
    {
    }

    public RuleViolationException(string message)
        : this(RuleKind.Invalid, message)
    {
    }

    public RuleViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = message;
        FieldErrors = [];
    }

    [Id(0)]
    public RuleKind Kind { get; }

    [Id(1)]
    public string Code { get; }

    [Id(2)]
    public IReadOnlyList<FieldError> FieldErrors { get; }

    public static RuleViolationException Invalid(string code) => new(RuleKind.Invalid, code);

    public static RuleViolationException NotFound(string code) => new(RuleKind.NotFound, code);

    public static RuleViolationException Conflict(string code) => new(RuleKind.Conflict, code);

    public static RuleViolationException Forbidden(string code) => new(RuleKind.Forbidden, code);

    /// <summary>A grain call that got no answer in time (its node died, the grain is moving): nothing was lost, try again.</summary>
    public static RuleViolationException TryAgain() => new(RuleKind.Unavailable, "TryAgain");

    /// <summary>Whether an exception is a grain call caught in a failover rather than something the caller did.</summary>
    public static bool IsFailover(Exception exception) =>
        exception is TimeoutException or Orleans.Runtime.SiloUnavailableException or Orleans.Runtime.OrleansMessageRejectionException;

    public static RuleViolationException InvalidFields(IReadOnlyList<FieldError> errors) =>
        new(RuleKind.Invalid, "ValidationFailed", errors);
}
