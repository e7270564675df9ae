namespace LtiPathways.Rubrics;

public enum ShareScope
{
    Private,
    Course,
    Institution,
}
