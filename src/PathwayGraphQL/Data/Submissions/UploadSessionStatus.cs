namespace LtiPathways.PathwayGraphQL.Data.Submissions;

public enum UploadSessionStatus
{
    Active,
    Completed,
    Rejected,
    Expired,
    Terminated,
}
