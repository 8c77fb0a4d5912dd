// The map's own text (title, status, layers, legend, popups, fallbacks for unknown codes), in
// Chinese (default) and English; shared/strings.js puts it together with the tools' text.
export const zh = {
  app: {
    title: 'FireMap 消防风险地图',
    summary: '{communities} 个社区 · {compounds} 个小区 · {buildings} 栋建筑',
  },
  status: {
    loading: '正在加载图层…',
    loaded: '已加载 {n} 个图层',
    failed: '以下图层加载失败，地图上缺少这些内容：',
    item: '{layer}：{reason}',
    noData: '图层已加载，但还没有任何数据：请先导入数据。',
    http: 'HTTP {status}',
    timeout: '请求超时',
    network: '无法连接服务器',
    format: '数据格式不正确',
    vocabulary: '代码名称',
    vocabularyFailed: '类别、状态等代码的名称未能加载，地图上显示为“未知”：',
  },
  attribution: '演示数据为合成数据，非真实建筑与人员',
  osmAttribution: '© OpenStreetMap 贡献者',
  base: { plain: '无底图', osm: 'OpenStreetMap 底图（需联网）' },
  zoom: { in: '放大', out: '缩小' },
  link: { copy: '复制链接', copied: '链接已复制', copyByHand: '复制此链接：' },
  print: {
    open: '打印 / 导出', paper: '纸张（横向）', run: '打印', image: '保存为图片', exit: '退出打印预览', date: '制图日期：{date}',
  },
  a11y: { skip: '跳到地图', popupClose: '关闭弹窗' },
  lang: { label: '界面语言' },
  layer: {
    communities: '社区', grids: '网格', compounds: '小区', buildings: '建筑',
    places: '重点场所', stations: '消防站点', hydrants: '消火栓', roads: '道路',
    'fire-lanes': '消防车通道', blockages: '占用堵塞', risk: '风险等级', hazards: '隐患',
  },
  legend: {
    title: '图例', nothing: '未显示任何图层', failed: '加载失败', empty: '无数据',
    community: '社区边界', grid: '网格边界', compoundOld: '老旧小区', compoundOther: '其他小区',
    highRise: '高层建筑', buildingOther: '其他建筑',
    // {label}: the lane state's name from the vocabulary.
    lane: {
      blocked: '{label}：剩余宽度 < 4 米', non_compliant: '{label}：净宽或净高 < 4 米', narrowed: '有占用，剩余宽度 ≥ 4 米',
      clear: '{label}',
    },
    blockageCleared: '已清除的占用',
  },
  field: {
    code: '编码', address: '地址', community: '所属社区', compound: '所属小区', builtYear: '建成年份',
    isOld: '老旧小区', propertyManagement: '物业管理', buildingCount: '建筑数量', floors: '地上层数',
    height: '建筑高度', highRise: '高层建筑', useClass: '使用性质', occupants: '人员数量',
    category: '类别', capacity: '容纳人数', kind: '类型', staff: '人员', vehicles: '车辆',
    status: '状态', roadClass: '道路等级', clearWidth: '净宽', clearHeight: '净高',
    compliance: '是否达标', lane: '所在通道', cause: '占用原因', remainingWidth: '剩余宽度',
    reportedAt: '上报时间', clearedAt: '清除时间', note: '备注', laneStatus: '通道状态',
    effectiveWidth: '当前可通行宽度', activeBlockages: '未清除占用',
  },
  value: {
    yes: '是', no: '否', unknown: '未知', meters: '{v} 米', persons: '{v} 人', floors: '{v} 层',
    buildings: '{v} 栋', vehicles: '{v} 辆', managed: '有物业', unmanaged: '无物业',
    compliant: '达标（净宽、净高均 ≥ 4 米）', nonCompliant: '不达标：净宽、净高均应不小于 4 米（GB 50016）',
    hydrantTitle: '消火栓 {code}', blockageTitle: '占用堵塞 {code}', count: '{v} 处',
    active: '未清除', cleared: '已清除',
  },
  // Shown for a missing code or one the vocabulary does not name; the labels themselves come from
  // the service (shared/vocabulary.js).
  unknownCode: {
    placeCategory: '其他场所', stationKind: '其他消防力量', hydrantStatus: '状态未知', roadClass: '其他道路',
    fireLaneStatus: '状态未知', riskLevel: '未评估',
  },
};

export const en = {
  app: {
    title: 'FireMap fire-risk map',
    summary: '{communities} communities · {compounds} compounds · {buildings} buildings',
  },
  status: {
    loading: 'Loading layers…',
    loaded: '{n} layers loaded',
    failed: 'These layers failed to load and are missing from the map:',
    item: '{layer}: {reason}',
    noData: 'Layers loaded, but there is no data yet: import some first.',
    http: 'HTTP {status}',
    timeout: 'request timed out',
    network: 'cannot reach the server',
    format: 'unexpected data format',
    vocabulary: 'Code labels',
    vocabularyFailed: 'The names of categories, states and other codes failed to load and show as “unknown”:',
  },
  attribution: 'Demo data are synthetic, not real buildings or people',
  osmAttribution: '© OpenStreetMap contributors',
  base: { plain: 'No base map', osm: 'OpenStreetMap (needs internet)' },
  zoom: { in: 'Zoom in', out: 'Zoom out' },
  link: { copy: 'Copy link', copied: 'Link copied', copyByHand: 'Copy this link:' },
  print: {
    open: 'Print / export', paper: 'Paper (landscape)', run: 'Print', image: 'Save as image', exit: 'Leave print preview', date: 'Map date: {date}',
  },
  a11y: { skip: 'Skip to the map', popupClose: 'Close popup' },
  lang: { label: 'Interface language' },
  layer: {
    communities: 'Communities', grids: 'Grids', compounds: 'Compounds', buildings: 'Buildings',
    places: 'Key places', stations: 'Fire stations', hydrants: 'Hydrants', roads: 'Roads',
    'fire-lanes': 'Fire lanes', blockages: 'Blockages', risk: 'Risk level', hazards: 'Hazards',
  },
  legend: {
    title: 'Legend', nothing: 'No layer shown', failed: 'failed to load', empty: 'no data',
    community: 'Community boundary', grid: 'Grid boundary', compoundOld: 'Old compound',
    compoundOther: 'Other compound', highRise: 'High-rise building', buildingOther: 'Other building',
    lane: {
      blocked: '{label}: under 4 m left', non_compliant: '{label}: width or height < 4 m',
      narrowed: 'Obstructed, 4 m or more left', clear: '{label}',
    },
    blockageCleared: 'Cleared blockage',
  },
  field: {
    code: 'Code', address: 'Address', community: 'Community', compound: 'Compound',
    builtYear: 'Built', isOld: 'Old compound', propertyManagement: 'Property management',
    buildingCount: 'Buildings', floors: 'Floors above ground', height: 'Height',
    highRise: 'High-rise', useClass: 'Use', occupants: 'Occupants', category: 'Category',
    capacity: 'Capacity', kind: 'Type', staff: 'Staff', vehicles: 'Vehicles', status: 'Status',
    roadClass: 'Road class', clearWidth: 'Clear width', clearHeight: 'Clear height',
    compliance: 'Compliant', lane: 'Fire lane', cause: 'Cause', remainingWidth: 'Width left',
    reportedAt: 'Reported', clearedAt: 'Cleared', note: 'Note', laneStatus: 'Lane status',
    effectiveWidth: 'Passable width now', activeBlockages: 'Active blockages',
  },
  value: {
    yes: 'Yes', no: 'No', unknown: 'unknown', meters: '{v} m', persons: '{v} people',
    floors: '{v}', buildings: '{v}', vehicles: '{v}', managed: 'Yes',
    unmanaged: 'None', compliant: 'Yes (width and height both ≥ 4 m)',
    nonCompliant: 'No. Clear width and height must both be at least 4 m (GB 50016)',
    hydrantTitle: 'Hydrant {code}', blockageTitle: 'Blockage {code}', count: '{v}',
    active: 'Active', cleared: 'Cleared',
  },
  unknownCode: {
    placeCategory: 'Other place', stationKind: 'Other fire force', hydrantStatus: 'Status unknown', roadClass: 'Other road',
    fireLaneStatus: 'Status unknown', riskLevel: 'Not scored',
  },
};
