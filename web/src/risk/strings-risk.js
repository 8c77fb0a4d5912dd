// Text of the analysts' risk view (风险等级, 风险排名): the four levels, the two sides of the model,
// the ranking panel and the contribution chart, in Chinese (default) and English. Factor names
// come from the service in both languages.
export const zh = {
  risk: {
    tool: '风险排名', toolTitle: '小区火灾风险：按风险等级着色、排名、因素贡献与导出',
    title: '火灾风险排名', close: '关闭风险排名面板',
    run: '模型 {version} · 评估日期 {date} · 共 {n} 个小区', runFiltered: '模型 {version} · 评估日期 {date} · 符合条件 {n} 个小区',
    level: '风险等级', allLevels: '全部等级', community: '社区', allCommunities: '全部社区',
    export: '导出排名（含各因素分值）：', csv: 'CSV', xlsx: 'Excel', exportTitle: '下载风险排名：{community}，{level}（{format}）',
    loading: '正在加载…', error: '加载失败：{reason}', empty: '没有符合条件的小区。', notRun: '尚未进行风险评估：还没有风险分值。',
    more: '加载更多', shown: '显示前 {shown} / 共 {total}', rank: '第 {n} 名', score: '{v} 分', show: '在地图上查看',
    field: { level: '风险等级', score: '风险分值', rank: '风险排名' },
    sidesLine: '可能性 × 后果：{l} × {c}', rest: '其余 {n} 项因素',
    chartTitle: '各因素对风险分值的贡献（分）', chartTotal: '合计 {v} 分', chartZeros: '另有 {n} 项因素为 0 分',
    explanationLine: '{factor}：{text}',
    chartLoading: '正在加载因素贡献…', chartError: '未能加载因素贡献：{reason}', chartNone: '该小区尚无风险分值。',
    history: '历次评估', historyLine: '{from} {a} 分 → {to} {b} 分（{n} 次）', modelAsOf: '模型 {version}，评估日期 {date}',
    notFound: '该小区不存在或已删除。',
    // levelSuffix: the word a risk level's long name ends with (risk-level.js); restSide: the chart's
    // bar for the factors not drawn one by one.
    levelSuffix: '风险', restSide: '多项合计',
  },
};

export const en = {
  risk: {
    tool: 'Risk ranking', toolTitle: 'Compound fire risk: coloured by level, ranked, explained by factor, exported',
    title: 'Fire-risk ranking', close: 'Close the risk ranking panel',
    run: 'Model {version} · as of {date} · {n} compounds', runFiltered: 'Model {version} · as of {date} · {n} compounds match',
    level: 'Risk level', allLevels: 'All levels', community: 'Community', allCommunities: 'All communities',
    export: 'Ranking with factor scores: ', csv: 'CSV', xlsx: 'Excel', exportTitle: 'Download the risk ranking: {community}, {level} ({format})',
    loading: 'Loading…', error: 'Could not load: {reason}', empty: 'No compound matches.', notRun: 'No risk run yet: there are no scores.',
    more: 'Load more', shown: 'Showing the first {shown} of {total}', rank: 'rank {n}', score: '{v}', show: 'Show on the map',
    field: { level: 'Risk level', score: 'Risk score', rank: 'Risk rank' },
    sidesLine: 'Likelihood × consequence: {l} × {c}', rest: '{n} other factors',
    chartTitle: 'What makes up the risk score (points)', chartTotal: 'Total {v} points', chartZeros: '{n} more factors score 0',
    explanationLine: '{factor}: {text}',
    chartLoading: 'Loading the factor contributions…', chartError: 'Could not load the factor contributions: {reason}',
    chartNone: 'This compound has no risk score yet.',
    history: 'Earlier runs', historyLine: '{from} {a} → {to} {b} ({n} runs)', modelAsOf: 'Model {version}, as of {date}',
    notFound: 'No such compound (it may have been removed).',
    levelSuffix: ' risk', restSide: 'combined',
  },
};
