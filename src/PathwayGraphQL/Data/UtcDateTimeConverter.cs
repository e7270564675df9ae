using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LtiPathways.PathwayGraphQL.Data;

public class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
