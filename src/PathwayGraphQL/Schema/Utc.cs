namespace LtiPathways.PathwayGraphQL.Schema;

/// <summary>Stored moments are UTC (UtcDateTimeConverter); the API gives them with their offset.</summary>
public static class Utc
{
    public static DateTimeOffset Of(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static DateTimeOffset? Of(DateTime? value) => value is { } moment ? Of(moment) : null;
}
