namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>What the _Pager partial needs: where the reader is, how many pages there are, and each page's address.</summary>
public sealed record PagerModel(int Page, int Pages, Func<int, string> Url);
