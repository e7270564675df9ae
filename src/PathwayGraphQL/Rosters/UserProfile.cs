using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.PathwayGraphQL.Rosters;

/// <summary>One rule for a person's name and contact details, whether a launch or the roster tells us: what is sent wins, what is missing is kept.</summary>
public static class UserProfile
{
    public static void Apply(LtiUser user, string? name, string? givenName, string? familyName, string? email)
    {
        var shown = name ?? (givenName is null && familyName is null ? null : $"{givenName} {familyName}".Trim());
        user.Name = shown ?? (user.Name.Length > 0 ? user.Name : "Unnamed user");
        user.GivenName = givenName ?? user.GivenName;
        user.FamilyName = familyName ?? user.FamilyName;
        user.Email = email ?? user.Email;
    }
}
