// Text of the address search box and of "此处地址" (the `search` and `matchLevel` groups), in
// Chinese (default) and English.
export const zh = {
  matchLevel: {
    building: '楼栋', place: '场所', compound: '小区', road_number: '门牌', road: '道路', community: '社区',
    unknown: '未知级别',
  },
  search: {
    label: '搜索地址', placeholder: '搜索地址 / 小区 / 楼栋 …', submit: '搜索', clear: '清除搜索',
    levelLabel: '匹配级别', scoreLabel: '匹配度', levelTitle: '匹配级别：{level}', score: '{v}%', scoreTitle: '匹配度 {v}%（80% 及以上为确定匹配）',
    loading: '正在查找…', suggestions: '可能的结果（按回车定位最佳匹配）',
    ambiguous: '未能确定，您是不是要找：', none: '未找到与“{input}”相符的地址、小区、楼栋或场所。',
    empty: '请输入要查找的地址。', tooLong: '地址太长：最多 {max} 个字，当前 {n} 个字。',
    badInput: '地址不正确：{detail}', failed: '查找失败：服务器未能完成查找（{code}）。', error: '查找失败：{reason}',
    resultLayer: '搜索结果',
    notes: {
      BuildingNotFound: '小区中没有这个楼栋号，已定位到小区。',
      HouseNumberDiffers: '门牌号与记录不符。',
      RoadDiffers: '道路与记录不符。',
      AreaDiffers: '省、市、区或街道与本辖区不符。',
      CommunityDiffers: '社区与记录不符。',
      Alias: '按别名匹配。',
      NameApproximate: '名称相近（可能有错别字）。',
    },
    here: '此处地址', hereLoading: '正在查找此处地址…', hereNone: '附近没有登记了地址的建筑或小区。',
    hereDistance: '距此约 {d} 米', hereShow: '在地图上查看',
    hereError: '未能查到此处地址：{reason}',
  },
};

export const en = {
  matchLevel: {
    building: 'Building', place: 'Place', compound: 'Compound', road_number: 'House no.', road: 'Road',
    community: 'Community', unknown: 'Unknown level',
  },
  search: {
    label: 'Search an address', placeholder: 'Search address / compound / building …', submit: 'Search',
    clear: 'Clear the search', levelLabel: 'Matched level', scoreLabel: 'Match score',
    levelTitle: 'Matched level: {level}', score: '{v}%',
    scoreTitle: 'Match score {v}% (80% and above is a confident match)',
    loading: 'Searching…', suggestions: 'Possible matches (press Enter for the best one)',
    ambiguous: 'Not sure which one. Did you mean:', none: 'No address, compound, building or place matches “{input}”.',
    empty: 'Type an address to search for.', tooLong: 'The address is too long: {max} characters at most, this one has {n}.',
    badInput: 'The address is not valid: {detail}', failed: 'Search failed: the server could not answer ({code}).',
    error: 'Search failed: {reason}', resultLayer: 'Search result',
    notes: {
      BuildingNotFound: 'The compound has no building with that number; showing the compound.',
      HouseNumberDiffers: 'The house number differs from the record.',
      RoadDiffers: 'The road differs from the record.',
      AreaDiffers: 'The province, city, district or sub-district is not this one.',
      CommunityDiffers: 'The community differs from the record.',
      Alias: 'Matched by another name.',
      NameApproximate: 'Similar name (possibly a typo).',
    },
    here: 'Address here', hereLoading: 'Looking up the address here…',
    hereNone: 'No building or compound with an address nearby.',
    hereDistance: 'about {d} m from here', hereShow: 'Show on the map', hereError: 'Could not look up this place: {reason}',
  },
};
