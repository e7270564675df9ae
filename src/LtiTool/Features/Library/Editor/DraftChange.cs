namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>
/// The draft after an add, remove or move: where focus goes next, and what happened, for the announcement
/// (<see cref="What"/> names the resource sentence; the item's name, its criterion's name, its position and the count fill it).
/// </summary>
public sealed record DraftChange(RubricDraft Draft, string FocusId, string What, string Name = "", string Parent = "", int Position = 0, int Count = 0);
