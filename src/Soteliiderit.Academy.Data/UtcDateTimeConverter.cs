using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Soteliiderit.Academy.Data;

/// <summary>Stores DateTime as UTC and reads it back marked as UTC, whatever the provider remembers.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
