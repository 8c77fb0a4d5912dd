namespace FireMap.Api.GraphQL.Types;

/// <summary>The use class of a building, which also decides its high-rise threshold (GB 50016).</summary>
public sealed class UseClassGraphType() : CodeEnumGraphType("UseClass", "Use class of a building.",
    ("residential", "住宅 residential"),
    ("office", "办公 office"),
    ("commercial", "商业 commercial"),
    ("mixed", "商住混合 mixed residential and commercial"),
    ("industrial", "工业 industrial"),
    ("warehouse", "仓储 warehouse"),
    ("public", "公共建筑 public building"),
    ("other", "其他 other"));
