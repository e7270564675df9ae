using System.Text;
using System.Text.Json;

namespace LtiPathways.Rubrics;

internal static class RubricJsonWriter
{
    public static string Write(Rubric rubric)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", RubricJson.SchemaVersion);
            w.WriteString("id", rubric.Id);
            w.WriteString("title", rubric.Title);
            w.WriteString("ownerId", rubric.OwnerId);
            w.WriteString("scope", JsonNames.Of(rubric.Scope));
            w.WriteString("scopeId", rubric.ScopeId);
            w.WriteStartArray("versions");
            foreach (var version in rubric.Versions)
            {
                WriteVersion(w, version);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteVersion(Utf8JsonWriter w, RubricVersion version)
    {
        w.WriteStartObject();
        w.WriteNumber("number", version.Number);
        w.WriteString("createdAt", version.CreatedAt);
        w.WriteString("kind", JsonNames.Of(version.Kind));
        w.WriteStartArray("criteria");
        foreach (var criterion in version.Criteria)
        {
            WriteCriterion(w, criterion);
        }
        w.WriteEndArray();
        w.WriteStartArray("gradeBoundaries");
        foreach (var boundary in version.GradeBoundaries)
        {
            w.WriteStartObject();
            w.WriteNumber("grade", boundary.Grade);
            w.WriteNumber("minimumTotal", boundary.MinimumTotal);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCriterion(Utf8JsonWriter w, Criterion criterion)
    {
        w.WriteStartObject();
        w.WriteString("type", JsonNames.TypeOf(criterion));
        w.WriteString("id", criterion.Id);
        w.WriteString("title", criterion.Title);
        w.WriteString("description", criterion.Description);
        switch (criterion)
        {
            case LevelCriterion c:
                w.WriteNumber("weight", c.Weight);
                w.WriteStartArray("levels");
                foreach (var level in c.Levels)
                {
                    w.WriteStartObject();
                    w.WriteString("id", level.Id);
                    w.WriteString("title", level.Title);
                    w.WriteString("description", level.Description);
                    w.WriteNumber("points", level.Points);
                    if (level.MinimumPoints is { } min)
                    {
                        w.WriteNumber("minimumPoints", min);
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case FreeFormCriterion c:
                w.WriteNumber("weight", c.Weight);
                w.WriteNumber("maximumPoints", c.MaximumEntered);
                break;
            case SinglePointCriterion { Points: { } p }:
                w.WriteStartObject("points");
                w.WriteNumber("concerns", p.Concerns);
                w.WriteNumber("meets", p.Meets);
                w.WriteNumber("exceeds", p.Exceeds);
                w.WriteEndObject();
                break;
            case MarkbandCriterion c:
                w.WriteStartArray("bands");
                foreach (var band in c.Bands)
                {
                    w.WriteStartObject();
                    w.WriteString("id", band.Id);
                    w.WriteNumber("minimum", band.Minimum);
                    w.WriteNumber("maximum", band.Maximum);
                    w.WriteString("descriptor", band.Descriptor);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
        }
        w.WriteEndObject();
    }
}
