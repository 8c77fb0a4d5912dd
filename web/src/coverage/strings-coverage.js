// Text of the drive-time coverage view (消防覆盖): the isochrones of the 1-3-5 rule, who is outside
// them and a candidate station's effect, in Chinese (default) and English. Station kinds are named by
// the service's vocabulary.
export const zh = {
  coverage: {
    tool: '驾车覆盖', toolTitle: '按道路网络计算的消防到场时间：等时圈、覆盖范围外的建筑与场所、新增站点推演',
    title: '驾车覆盖（1-3-5）', close: '关闭驾车覆盖面板',
    hint: '按道路与消防车通道计算：微型消防站 3 分钟、消防救援站 5 分钟到场，8 分钟为有效救援力量。占用堵塞的通道消防车不可通行。',
    kind: '站点类型', allKinds: '全部站点', minutes: '到场时间', minutesOption: '{n} 分钟',
    summary: '{outside} / {total} 栋建筑在 {minutes} 分钟外，涉及 {people} 人',
    places: '人员密集等场所 {outside} / {total} 处在外，容量 {people} 人',
    area: '等时圈 {n} 个，面积合计 {km2} 平方公里',
    buildings: '范围外的建筑（最慢在前）', compounds: '范围外建筑所在小区', placesList: '范围外的场所',
    time: '{min} 分钟（{station}）', unreached: '{horizon} 分钟内无站点可达', people: '{n} 人',
    compoundLine: '{n} 栋在外，{people} 人', none: '全部在覆盖范围内。', shown: '显示前 {shown} 项',
    whatIf: '推演：新增站点', whatIfPicking: '在地图上点选候选站点位置…', whatIfCancel: '取消点选',
    whatIfResult: '候选{kind}可新增覆盖 {n} 栋建筑、{people} 人（范围外 {before} → {after} 栋）',
    whatIfLoading: '正在推演…', candidate: '候选站点',
    loading: '正在计算覆盖…', error: '加载失败：{reason}', show: '在地图上查看',
  },
};

export const en = {
  coverage: {
    tool: 'Drive-time cover', toolTitle: 'Response times over the road network: isochrones, buildings and places outside them, a candidate station',
    title: 'Drive-time coverage (1-3-5)', close: 'Close the coverage panel',
    hint: 'Over roads and fire lanes: micro stations on scene in 3 minutes, fire stations in 5, the effective response force in 8. Engines cannot pass blocked lanes.',
    kind: 'Station kind', allKinds: 'All stations', minutes: 'Response time', minutesOption: '{n} min',
    summary: '{outside} of {total} buildings are beyond {minutes} minutes, {people} people',
    places: '{outside} of {total} places outside, capacity {people}',
    area: '{n} isochrones, {km2} km² in all',
    buildings: 'Buildings outside (slowest first)', compounds: 'Compounds with buildings outside', placesList: 'Places outside',
    time: '{min} min ({station})', unreached: 'no station within {horizon} min', people: '{n} people',
    compoundLine: '{n} outside, {people} people', none: 'Everything is covered.', shown: 'First {shown} shown',
    whatIf: 'What if: add a station', whatIfPicking: 'Click the map where the candidate stands…', whatIfCancel: 'Cancel',
    whatIfResult: 'A candidate {kind} covers {n} more buildings, {people} people (outside {before} → {after})',
    whatIfLoading: 'Working it out…', candidate: 'Candidate station',
    loading: 'Computing coverage…', error: 'Could not load: {reason}', show: 'Show on the map',
  },
};
