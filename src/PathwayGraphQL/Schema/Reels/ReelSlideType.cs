using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Reels;
using LtiPathways.PathwayGraphQL.Schema.Ids;

namespace LtiPathways.PathwayGraphQL.Schema.Reels;

public sealed class ReelSlideType : ObjectGraphType<ReelSlideNode>
{
    public ReelSlideType(GlobalIds ids)
    {
        Name = "ReelSlide";
        Description = "One slide: the caption the student says with it and the piece of evidence it shows, if that is still theirs to show.";
        Field<NonNullGraphType<IntGraphType>>("number").Description("From 1, in presentation order.").Resolve(context => context.Source.Slide.Number);
        Field<NonNullGraphType<StringGraphType>>("caption").Resolve(context => context.Source.Slide.Caption);
        Field<NonNullGraphType<ReelSlideSourceType>>("source").Resolve(context => context.Source.Slide.Source);
        Field<NonNullGraphType<BooleanGraphType>>("available")
            .Description("False when the piece is no longer the student's to show (work withdrawn, a result reopened): nothing of it is given.")
            .Resolve(context => context.Source.Slide.Available);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(context => context.Source.Slide.Title);
        Field<StringGraphType>("when").Resolve(context => context.Source.Slide.When);
        Field<IdGraphType>("evidenceId")
            .Description("The evidence shown: a Submission's or an Assessment's id, or a reflection's id within the plan; null when not available.")
            .Resolve(context => context.Source.EvidenceId is not { } id ? null : context.Source.Slide.Source switch
            {
                ReelSlideSource.Submission => ids.Encode(GlobalIdKind.Submission, id),
                ReelSlideSource.RubricAssessment => ids.Encode(GlobalIdKind.Assessment, id),
                _ => id.ToString(),
            });
        Field<StringGraphType>("text").Description("A reflection's text.").Resolve(context => context.Source.Slide.Text);
        Field<StringGraphType>("essayHtml").Description("A handed-in essay, as sanitised HTML.").Resolve(context => context.Source.Slide.EssayHtml);
        Field<DecimalGraphType>("percentage").Description("A released rubric result's percentage.").Resolve(context => context.Source.Slide.Percentage);
    }
}
