namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>A one-time set-password link just made for a person, shown once with a copy button.</summary>
public sealed record SetPasswordLinkModel(string PersonName, string Link);
