using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NSubstitute;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Tests.Web;

/// <summary>How a refused call reaches an API client: status, localized text, per-field errors.</summary>
public sealed class RuleViolationProblemHandlerTests
{
    private readonly IProblemDetailsService _problems = Substitute.For<IProblemDetailsService>();
    private readonly IStringLocalizer<SharedResource> _localizer = Substitute.For<IStringLocalizer<SharedResource>>();
    private ProblemDetailsContext? _written;

    public RuleViolationProblemHandlerTests()
    {
        _problems.TryWriteAsync(Arg.Do<ProblemDetailsContext>(c => _written = c)).Returns(true);
        _localizer[Arg.Any<string>()].Returns(call => new LocalizedString((string)call[0], $"«{call[0]}»"));
        _localizer[Arg.Any<string>(), Arg.Any<object[]>()].Returns(call => new LocalizedString((string)call[0], $"«{call[0]}:{string.Join(',', (object[])call[1])}»"));
    }

    private static DefaultHttpContext Context(string path = "/api/courses")
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        context.Request.Path = path;
        return context;
    }

    [Theory]
    [InlineData(RuleKind.NotFound, 404)]
    [InlineData(RuleKind.Conflict, 409)]
    [InlineData(RuleKind.Invalid, 400)]
    public async Task A_refused_call_becomes_problem_details_with_its_status_and_message(RuleKind kind, int status)
    {
        var context = Context();
        var handler = new RuleViolationProblemHandler(_problems, _localizer);

        var handled = await handler.TryHandleAsync(context, new RuleViolationException(kind, "AlreadyEnrolled"), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(status, context.Response.StatusCode);
        Assert.Equal("«Errors.AlreadyEnrolled»", _written!.ProblemDetails.Detail);
        Assert.Equal("AlreadyEnrolled", _written.ProblemDetails.Extensions["code"]);
    }

    [Fact]
    public async Task Field_errors_are_listed_by_field_with_their_arguments()
    {
        var handler = new RuleViolationProblemHandler(_problems, _localizer);
        var violation = RuleViolationException.InvalidFields([new FieldError("Title", "Required"), new FieldError("Title.fi", "TooLong", 200)]);

        await handler.TryHandleAsync(Context(), violation, CancellationToken.None);

        var details = Assert.IsType<HttpValidationProblemDetails>(_written!.ProblemDetails);
        Assert.Equal(["«Validation.Required:»"], details.Errors["Title"]);
        Assert.Equal(["«Validation.TooLong:200»"], details.Errors["Title.fi"]);
    }

    [Fact]
    public async Task A_write_conflict_between_two_runtimes_is_a_409_the_client_can_retry()
    {
        var context = Context();
        var handler = new RuleViolationProblemHandler(_problems, _localizer);

        await handler.TryHandleAsync(context, new InconsistentStateException("stale"), CancellationToken.None);

        Assert.Equal(409, context.Response.StatusCode);
        Assert.Equal("ChangedMeanwhile", _written!.ProblemDetails.Extensions["code"]);
    }

    [Fact]
    public async Task A_grain_call_caught_in_a_failover_is_a_503_the_client_can_retry()
    {
        var handler = new RuleViolationProblemHandler(_problems, _localizer);
        foreach (var failover in new Exception[] { new TimeoutException("no answer"), new SiloUnavailableException("gone") })
        {
            var context = Context();

            await handler.TryHandleAsync(context, failover, CancellationToken.None);

            Assert.Equal(503, context.Response.StatusCode);
            Assert.Equal("TryAgain", _written!.ProblemDetails.Extensions["code"]);
        }
    }

    [Fact]
    public async Task A_page_request_is_left_to_the_error_page_in_the_persons_language()
    {
        var handler = new RuleViolationProblemHandler(_problems, _localizer);

        Assert.False(await handler.TryHandleAsync(Context("/courses"), RuleViolationException.Conflict("ChangedMeanwhile"), CancellationToken.None));
        await _problems.DidNotReceive().TryWriteAsync(Arg.Any<ProblemDetailsContext>());
    }

    [Fact]
    public async Task Other_exceptions_are_left_to_the_generic_500_handler()
    {
        var handler = new RuleViolationProblemHandler(_problems, _localizer);

        Assert.False(await handler.TryHandleAsync(Context(), new InvalidOperationException(), CancellationToken.None));
        await _problems.DidNotReceive().TryWriteAsync(Arg.Any<ProblemDetailsContext>());
    }

    [Fact]
    public void A_code_without_a_translation_falls_back_to_a_general_message()
    {
        _localizer["Errors.SomethingNew"].Returns(new LocalizedString("Errors.SomethingNew", "Errors.SomethingNew", resourceNotFound: true));
        var messages = new ErrorMessages(_localizer);

        Assert.Equal("«Errors.Invalid»", messages.Describe(RuleViolationException.Invalid("SomethingNew")));
    }

    [Fact]
    public void A_page_or_call_whose_grain_did_not_answer_in_a_failover_is_503_try_again_not_a_server_error()
    {
        Assert.Equal(503, ErrorHandlingSetup.StatusOf(new TimeoutException("Response did not arrive on time")));
        Assert.Equal(503, ErrorHandlingSetup.StatusOf(new SiloUnavailableException()));
        Assert.Equal(413, ErrorHandlingSetup.StatusOf(new BadHttpRequestException("Too large", 413)));
        Assert.Equal(500, ErrorHandlingSetup.StatusOf(new InvalidOperationException()));
    }
}
