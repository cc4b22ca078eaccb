using System.Text.Json.Serialization;

namespace Soteliiderit.Academy.Web.Features.Xapi;

// The parts of an xAPI 1.0.3 statement the academy writes; property names are the specification's.

public sealed record XapiAccount(string HomePage, string Name);

/// <summary>The learner, by account only: the academy's address and the person's id, never an e-mail.</summary>
public sealed record XapiAgent(XapiAccount Account)
{
    public string ObjectType => "Agent";
}

public sealed record XapiVerb(string Id, IReadOnlyDictionary<string, string> Display);

public sealed record XapiActivityDefinition(IReadOnlyDictionary<string, string> Name, string Type);

public sealed record XapiActivity(string Id, XapiActivityDefinition Definition)
{
    public string ObjectType => "Activity";
}

public sealed record XapiScore(double Scaled);

public sealed record XapiResult(
    bool Completion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Success = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] XapiScore? Score = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Duration = null);

/// <param name="Parent">The course a lesson belongs to.</param>
/// <param name="Grouping">The person's employer organization and unit.</param>
public sealed record XapiContextActivities(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<XapiActivity>? Parent,
    IReadOnlyList<XapiActivity> Grouping);

public sealed record XapiContext(string Platform, XapiContextActivities ContextActivities, IReadOnlyDictionary<string, string> Extensions);

/// <param name="Stored">When the academy recorded what the statement tells; since/until and paging go by it.</param>
public sealed record XapiStatement(
    Guid Id, XapiAgent Actor, XapiVerb Verb, [property: JsonPropertyName("object")] XapiActivity Activity, XapiResult Result, XapiContext Context, DateTime Timestamp, DateTime Stored)
{
    public string Version => "1.0.3";
}

/// <param name="More">Where the next page is, or "" when this was the last (the specification's StatementResult).</param>
public sealed record XapiStatementResult(IReadOnlyList<XapiStatement> Statements, string More);
