namespace LtiPathways.Rubrics;

public enum ModerationChoice
{
    PickA,
    PickB,
    Average,
    Own,
}
