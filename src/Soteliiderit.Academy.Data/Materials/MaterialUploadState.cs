namespace Soteliiderit.Academy.Data.Materials;

public enum MaterialUploadState
{
    Open,
    Completing,
    Completed,
}
