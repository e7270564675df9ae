namespace LtiPathways.PathwayGraphQL.Data.Grading;

/// <summary>What the student handed in, for gradebooks that keep a submission beside the grade.</summary>
public enum SubmittedWork
{
    /// <summary>Nothing: the score is a mark, not a hand-in.</summary>
    Nothing,

    /// <summary>Text alone, an essay.</summary>
    Text,

    /// <summary>A link alone.</summary>
    Link,

    /// <summary>Work the teacher opens in the tool: several parts, a file or a recording.</summary>
    InTool,
}
