using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>A period of China-time dates, both inclusive.</summary>
public sealed class PeriodInputGraphType : InputObjectGraphType
{
    public PeriodInputGraphType()
    {
        Name = "PeriodInput";
        Description = "A period of China-time (Asia/Shanghai) dates, both inclusive.";
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("First day.");
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Description("Last day.");
    }
}
