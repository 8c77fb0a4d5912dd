using FireMap.Api.Access;
using FireMap.Api.Risk.WhatIf;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>A compound's score now and after hypothetical fixes.</summary>
public sealed class RiskWhatIfGraphType : ObjectGraphType<RiskWhatIfResult>
{
    public RiskWhatIfGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "RiskWhatIf";
        Description = "A compound's score from its current inputs, and after closing hazards and clearing blockages on the as-of date. Nothing is stored.";
        Field<NonNullGraphType<IdGraphType>>("compoundId").Description("Id of the compound.").Resolve(c => c.Source.CompoundId);
        Field<NonNullGraphType<RiskScoreGraphType>>("before").Description("The score with the inputs as they are.").Resolve(c => c.Source.Before);
        Field<NonNullGraphType<RiskScoreGraphType>>("after").Description("The score with the fixes applied.").Resolve(c => c.Source.After);
        Field<NonNullGraphType<FloatGraphType>>("scoreChange").Description("after.score − before.score; never positive.").Resolve(c => c.Source.After.Score - c.Source.Before.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("closedHazards").Description("Hazards closed in the scenario.").Resolve(c => c.Source.ClosedHazards);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("clearedBlockages").Description("Blockages cleared in the scenario.").Resolve(c => c.Source.ClearedBlockages);
    }
}
