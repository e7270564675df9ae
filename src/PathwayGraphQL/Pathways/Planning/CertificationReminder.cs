using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>A certification close to expiry: the 90, 30 or 7 day window it has entered and the days left.</summary>
public sealed record CertificationReminder(Certification Certification, int DaysLeft, int Window)
{
    public string Sentence => DaysLeft switch
    {
        0 => $"{Certification.Name} from {Certification.Issuer} expires today; renew it.",
        1 => $"{Certification.Name} from {Certification.Issuer} expires tomorrow; renew it.",
        _ => $"{Certification.Name} from {Certification.Issuer} expires in {DaysLeft} days; renew it before then.",
    };
}
