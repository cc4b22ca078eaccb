namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>What the _UploadForm partial needs: where it posts, whether it asks for titles, and the size limit it states.</summary>
public sealed record UploadFormModel(string Action, bool WithDetails, string SubmitText, int MaxMegabytes);
