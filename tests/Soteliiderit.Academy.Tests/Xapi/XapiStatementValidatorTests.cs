using System.Text.Json;
using System.Text.Json.Nodes;

namespace Soteliiderit.Academy.Tests.Xapi;

/// <summary>The validator the xAPI export is checked with: it passes a valid statement and names what is wrong with broken ones.</summary>
public sealed class XapiStatementValidatorTests
{
    private const string Valid = """
        {
          "id": "0f1e2d3c-4b5a-5968-8776-655443322110",
          "actor": { "objectType": "Agent", "account": { "homePage": "https://akatemia.example.fi", "name": "4b0e5b7e-0d5e-4f4a-9b1e-1c2d3e4f5a6b" } },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/attended", "display": { "en-US": "attended", "fi-FI": "osallistui" } },
          "object": { "objectType": "Activity", "id": "https://akatemia.example.fi/webinars/1", "definition": { "name": { "fi-FI": "Palaute etänä" }, "type": "http://adlnet.gov/expapi/activities/meeting" } },
          "result": { "completion": true, "success": true, "score": { "scaled": 0.8 }, "duration": "PT48M" },
          "context": {
            "platform": "Soteliiderit Academy",
            "contextActivities": { "grouping": [ { "objectType": "Activity", "id": "https://akatemia.example.fi/organizations/1" } ] },
            "extensions": { "https://akatemia.example.fi/xapi/extensions/organization": "1" }
          },
          "timestamp": "2026-12-04T10:00:00Z",
          "stored": "2026-12-04T10:00:00.1234567Z",
          "version": "1.0.3"
        }
        """;

    [Fact]
    public void A_valid_statement_passes() =>
        Assert.Empty(XapiStatementValidator.Validate(JsonDocument.Parse(Valid).RootElement));

    [Theory]
    [InlineData("id", "\"not-a-uuid\"", "id is not a UUID")]
    [InlineData("verb.id", "\"attended\"", "verb.id is not an absolute IRI")]
    [InlineData("verb.display", "{ \"suomi!\": \"osallistui\" }", "verb.display key suomi! is not an RFC 5646 tag")]
    [InlineData("object.id", "\"webinars/1\"", "object.id is not an absolute IRI")]
    [InlineData("result.score.scaled", "1.5", "result.score.scaled is not a number from -1 to 1")]
    [InlineData("result.duration", "\"48 minutes\"", "result.duration is not an ISO 8601 duration")]
    [InlineData("timestamp", "\"2026-12-04 10:00\"", "timestamp is not an ISO 8601 time with a zone")]
    [InlineData("stored", "\"2026-12-04T10:00:00\"", "stored is not an ISO 8601 time with a zone")]
    [InlineData("actor.account.homePage", "\"akatemia\"", "actor.account.homePage is not an absolute IRL")]
    [InlineData("actor.mbox", "\"mailto:anna@example.fi\"", "actor has 2 inverse functional identifiers; an Agent has exactly one")]
    [InlineData("context.contextActivities.sibling", "[]", "context.contextActivities.sibling is not parent, grouping, category or other")]
    [InlineData("context.extensions.organization", "\"1\"", "context.extensions key organization is not an absolute IRI")]
    [InlineData("result.success", "null", "statement.result.success is null")]
    [InlineData("learner", "\"Anna\"", "unknown property learner")]
    [InlineData("version", "\"2.0.0\"", "version is not 1.0.x")]
    public void A_statement_broken_in_one_place_is_rejected_for_that_place(string path, string value, string problem)
    {
        var statement = JsonNode.Parse(Valid)!;
        var parts = path.Split('.');
        var holder = parts[..^1].Aggregate(statement, (node, part) => node[part]!);
        holder[parts[^1]] = JsonNode.Parse(value);

        Assert.Contains(problem, XapiStatementValidator.Validate(JsonDocument.Parse(statement.ToJsonString()).RootElement));
    }

    [Fact]
    public void An_agent_without_an_identifier_is_rejected()
    {
        var statement = JsonNode.Parse(Valid)!;
        statement["actor"]!.AsObject().Remove("account");

        Assert.Contains("actor has 0 inverse functional identifiers; an Agent has exactly one", XapiStatementValidator.Validate(JsonDocument.Parse(statement.ToJsonString()).RootElement));
    }
}
