namespace LtiPathways.LtiTool.Features.Roster;

/// <summary>What one roster sync did: members listed as active, members now marked inactive, pages read.</summary>
public record RosterSyncResult(int Active, int Inactive, int Pages);
