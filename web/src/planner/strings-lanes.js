// Text of the planners' fire-lane view (生命通道, 一小区一对策): the planner panel and the report
// and clear forms, in Chinese (default) and English. Lane states and causes come from the vocabulary.
export const zh = {
  planner: {
    tool: '生命通道', toolTitle: '消防车通道占用：按小区查看、上报和清除',
    title: '生命通道 · 一小区一对策', close: '关闭生命通道面板',
    reportHere: '在此通道上报占用',
    report: '上报占用', reportTitle: '在地图上点击被占用的消防车通道', reportCancel: '取消上报',
    reportHint: '在地图上点击被占用的消防车通道（点在通道上或 20 米以内）。',
    filter: '地图上的占用', since: '上报日期自', includeCleared: '含已清除', reset: '只看未清除',
    shown: '地图上显示 {n} 处', shownSince: '地图上显示 {n} 处（{date} 以来上报）',
    community: '社区', allCommunities: '全部社区',
    export: '未清除占用清单：', csv: 'CSV', xlsx: 'Excel', exportTitle: '下载{community}未清除的占用清单（{format}）',
    listTitle: '通行条件最差的小区', loading: '正在加载…', error: '加载失败：{reason}', empty: '没有配有消防车通道的小区。',
    lanes: '通道 {n} 条', blockages: '未清除占用 {n} 处', blockedLength: '堵塞长度 {v} 米', narrowest: '最窄 {v} 米',
    noActive: '这个小区没有未清除的占用。', width: '剩余 {v} 米', show: '在地图上查看',
    compoundLanes: '消防车通道：{status}',
  },
  report: {
    title: '上报占用', lane: '通道：{lane}', laneNear: '最近的通道：{lane}，约 {d} 米', noLane: '20 米内没有消防车通道',
    cause: '占用原因', width: '剩余宽度（米）', widthHint: '障碍物旁仍可通行的宽度', note: '备注',
    notePlaceholder: '如：车牌、位置、联系人', submit: '上报', cancel: '取消', busy: '正在提交…',
    done: '已上报占用 {code}', widthInvalid: '请填写剩余宽度（0 或更大的数字）',
  },
  clear: {
    action: '清除', title: '标记为已清除', note: '处理说明（可选）', confirm: '确认清除', cancel: '取消',
    busy: '正在提交…', done: '已清除占用 {code}', conflict: '该占用已被清除',
    conflictCode: '该占用已被清除（{code}）',
  },
  error: {
    point: '此处 20 米内没有消防车通道：请点在通道上或紧靠通道处。',
    remainingWidthMeters: '剩余宽度不正确：不能小于 0，也不能大于通道净宽。',
    note: '备注太长（最多 500 字）。', notFound: '该占用不存在。', badInput: '参数 {argument} 不正确。',
    failed: '服务器未能完成操作（{code}）。', detail: '服务器：{message}',
    forbidden: '您的角色无权进行此操作。',
  },
  notice: { close: '关闭提示' },
};

export const en = {
  planner: {
    tool: 'Fire lanes', toolTitle: 'Fire-lane blockages: by compound, report and clear',
    title: 'Fire lanes · one plan per compound', close: 'Close the fire-lane panel',
    reportHere: 'Report a blockage on this lane',
    report: 'Report blockage', reportTitle: 'Click the obstructed fire lane on the map', reportCancel: 'Cancel report',
    reportHint: 'Click the obstructed fire lane on the map (on the lane or within 20 m of it).',
    filter: 'Blockages on the map', since: 'Reported since', includeCleared: 'include cleared', reset: 'Active only',
    shown: '{n} shown on the map', shownSince: '{n} shown on the map (reported since {date})',
    community: 'Community', allCommunities: 'All communities',
    export: 'Active blockages list: ', csv: 'CSV', xlsx: 'Excel', exportTitle: 'Download the active blockages of {community} ({format})',
    listTitle: 'Compounds with the worst fire-lane access', loading: 'Loading…', error: 'Could not load: {reason}',
    empty: 'No compound has fire lanes.',
    lanes: 'lanes: {n}', blockages: 'active blockages: {n}', blockedLength: 'blocked: {v} m', narrowest: 'narrowest: {v} m',
    noActive: 'No active blockages in this compound.', width: '{v} m left', show: 'Show on the map',
    compoundLanes: 'Fire lanes: {status}',
  },
  report: {
    title: 'Report blockage', lane: 'Lane: {lane}', laneNear: 'Nearest lane: {lane}, about {d} m', noLane: 'No fire lane within 20 m',
    cause: 'Cause', width: 'Width left (m)', widthHint: 'Passable width beside the obstruction', note: 'Note',
    notePlaceholder: 'e.g. plate number, where exactly, contact', submit: 'Report', cancel: 'Cancel', busy: 'Sending…',
    done: 'Blockage {code} reported', widthInvalid: 'Enter the width left (a number, 0 or more)',
  },
  clear: {
    action: 'Clear', title: 'Mark as cleared', note: 'How it was resolved (optional)', confirm: 'Confirm clear', cancel: 'Cancel',
    busy: 'Sending…', done: 'Blockage {code} cleared', conflict: 'This blockage has already been cleared',
    conflictCode: 'This blockage has already been cleared ({code})',
  },
  error: {
    point: 'No fire lane within 20 m of this point: click on a lane or right next to it.',
    remainingWidthMeters: 'Width left is not valid: at least 0 and at most the lane\'s clear width.',
    note: 'The note is too long (500 characters at most).', notFound: 'No such blockage.',
    badInput: 'Argument {argument} is not valid.', failed: 'The server could not do it ({code}).',
    detail: 'Server: {message}', forbidden: 'Your role may not do this.',
  },
  notice: { close: 'Dismiss' },
};
