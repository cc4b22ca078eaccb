namespace Soteliiderit.Academy.Web;

/// <summary>Names the resource files Resources/SharedResource.{fi,sv}.resx that hold every UI string.</summary>
#pragma warning disable CA1052 // The type is only a handle for IStringLocalizer<SharedResource>.
public sealed class SharedResource;
#pragma warning restore CA1052
