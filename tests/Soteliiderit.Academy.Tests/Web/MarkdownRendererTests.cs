using Soteliiderit.Academy.Web.Features.Courses;

namespace Soteliiderit.Academy.Tests.Web;

public sealed class MarkdownRendererTests
{
    private static string Render(string markdown) => MarkdownRenderer.Render(markdown).Value!;

    [Fact]
    public void Headings_lists_and_emphasis_become_html()
    {
        var html = Render("## Viikkorytmi\n\n- maanantai: **suunnittelu**\n- perjantai: kiitokset");

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<li>maanantai: <strong>suunnittelu</strong></li>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Teksti <iframe src=\"https://example.com\"></iframe>")]
    public void Raw_html_is_shown_as_text_never_as_markup(string markdown)
    {
        var html = Render(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[klikkaa](javascript:alert(1))")]
    [InlineData("[klikkaa](JAVASCRIPT:alert(1))")]
    [InlineData("[klikkaa](java\tscript:alert(1))")]
    [InlineData("[klikkaa](jav&#x61;script:alert(1))")]
    [InlineData("[klikkaa][viite]\n\n[viite]: javascript:alert(1)")]
    [InlineData("[klikkaa](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[klikkaa](vbscript:msgbox(1))")]
    public void A_link_with_a_dangerous_scheme_loses_its_address_and_keeps_its_text(string markdown)
    {
        var html = Render(markdown);

        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.Contains("klikkaa", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_autolink_with_a_dangerous_scheme_is_plain_text()
    {
        var html = Render("<javascript:alert(1)>");

        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[ohje](https://www.example.fi/ohje)", "href=\"https://www.example.fi/ohje\"")]
    [InlineData("[video](http://video.example.fi/1)", "href=\"http://video.example.fi/1\"")]
    [InlineData("[palaute](mailto:palaute@example.fi)", "href=\"mailto:palaute@example.fi\"")]
    [InlineData("[kurssit](/courses)", "href=\"/courses\"")]
    [InlineData("<https://www.example.fi>", "href=\"https://www.example.fi\"")]
    public void Web_mail_and_site_links_keep_their_address(string markdown, string expected)
    {
        Assert.Contains(expected, Render(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_with_a_dangerous_address_becomes_its_alt_text()
    {
        var html = Render("![kuvaus](javascript:alert(1))");

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("kuvaus", html, StringComparison.Ordinal);
    }
}
