namespace LtiPathways.PathwayGraphQL.Outcomes;

/// <summary>Why the school core said no, for machines: each entry point turns it into its own status (HTTP, GraphQL error code).</summary>
public enum RefusalCode
{
    /// <summary>Nothing the viewer may see has this id; a guessed id from another course or institution lands here too.</summary>
    NotFound,

    /// <summary>The viewer sees the thing but their role may not do this to it.</summary>
    Forbidden,

    /// <summary>What was sent breaks a rule (a number out of range, a missing choice).</summary>
    Invalid,

    /// <summary>What was sent is well formed, but a rule of the thing does not take it now (a passed deadline, used-up attempts).</summary>
    Declined,

    /// <summary>What was sent is larger than the thing takes (a file over the assignment's size limit).</summary>
    TooLarge,

    /// <summary>Someone else changed the thing first; nothing was overwritten.</summary>
    Conflict,
}
