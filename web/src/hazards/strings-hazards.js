// Text of the hazard panel (隐患排查整治: 发现 → 整改 → 复查 → 销号, 挂牌督办), its forms and the alert
// badge, in Chinese (default) and English. Statuses, severities, categories and steps come from the vocabulary.
export const zh = {
  hazard: {
    tool: '隐患整改', toolTitle: '隐患清单：筛选、查看、上报和整改', title: '隐患排查整治', close: '关闭隐患面板',
    popupTitle: '隐患 {code}', overdue: '逾期', supervised: '挂牌督办', daysOverdue: '逾期 {n} 天', days: '{n} 天',
    report: '上报隐患', reportCancel: '取消上报', reportTitle: '在地图上点击隐患所在位置',
    reportHint: '在地图上点击隐患所在位置：点在建筑内即记在该建筑上，20 米内有场所或建筑则记在最近的一处。',
    reportHere: '在此上报隐患', show: '在隐患面板中查看',
    filter: '筛选', status: '状态', severity: '等级', all: '全部', onlyOverdue: '只看逾期', onlySupervised: '只看挂牌督办',
    summary: '共 {total} 条 · 逾期 {overdue} 条 · 挂牌督办 {supervised} 条',
    shownFirst: '显示前 {n} 条', loading: '正在加载…', error: '加载失败：{reason}', empty: '没有符合条件的隐患。',
    deadlineOn: '期限 {date}', back: '返回列表', history: '办理记录', noHistory: '没有办理记录（导入时已处于当前状态）。',
    actions: '办理', note: '说明（可选）', notePlaceholder: '如：整改措施、复查意见', newDeadline: '新的整改期限',
    reason: '延期原因', supervisingUnit: '督办单位', busy: '正在提交…', readOnly: '您的角色只能查看隐患。',
    done: '隐患 {code}：{action}', reported: '已上报隐患 {code}',
    conflict: '该隐患已被他人更改，或当前状态不允许这一步；已刷新为最新状态，请再确认。',
    forbidden: '您的角色无权对该隐患进行此操作（或该隐患不在您的辖区）。',
    needReason: '请填写延期原因和新的期限。', needUnit: '请填写督办单位。',
    alerts: '预警 {n}', alertsTitle: '需要关注的隐患：逾期、即将到期、挂牌督办逾期',
    field: {
      severity: '隐患等级', deadline: '整改期限', daysOverdue: '逾期天数', supervised: '挂牌督办',
      responsibleUnit: '责任单位', responsiblePerson: '责任人', subject: '隐患对象', foundOn: '发现日期',
      foundBy: '发现人', description: '隐患描述', supervisingUnit: '督办单位', category: '隐患类别', closedAt: '销号时间',
      reviewNote: '复查意见',
    },
    form: {
      title: '上报隐患', on: '对象：{name}', point: '地图上的点（将自动归到所在建筑或最近的场所）',
      category: '隐患类别', severity: '隐患等级', description: '隐患描述', responsibleUnit: '责任单位',
      responsiblePerson: '责任人（可选）', foundOn: '发现日期', deadline: '整改期限（留空按类别默认）',
      submit: '上报', cancel: '取消', missing: '请填写隐患描述和责任单位。',
    },
  },
};

export const en = {
  hazard: {
    tool: 'Hazards', toolTitle: 'Hazard list: filter, inspect, report and rectify', title: 'Fire hazards', close: 'Close the hazard panel',
    popupTitle: 'Hazard {code}', overdue: 'overdue', supervised: 'supervised', daysOverdue: '{n} days overdue', days: '{n} days',
    report: 'Report hazard', reportCancel: 'Cancel report', reportTitle: 'Click where the hazard is on the map',
    reportHint: 'Click where the hazard is: inside a building it goes on that building, else on the nearest place or building within 20 m.',
    reportHere: 'Report a hazard here', show: 'Show in the hazard panel',
    filter: 'Filter', status: 'Status', severity: 'Severity', all: 'All', onlyOverdue: 'overdue only', onlySupervised: 'supervised only',
    summary: '{total} in all · {overdue} overdue · {supervised} supervised',
    shownFirst: 'first {n} shown', loading: 'Loading…', error: 'Could not load: {reason}', empty: 'No hazard matches.',
    deadlineOn: 'due {date}', back: 'Back to the list', history: 'History', noHistory: 'No steps recorded (imported in its current status).',
    actions: 'Actions', note: 'Note (optional)', notePlaceholder: 'e.g. what was done, the review\'s finding', newDeadline: 'New deadline',
    reason: 'Reason for the extension', supervisingUnit: 'Supervising unit', busy: 'Sending…', readOnly: 'Your role may only view hazards.',
    done: 'Hazard {code}: {action}', reported: 'Hazard {code} reported',
    conflict: 'Someone changed this hazard, or this step is not allowed from its status; it has been refreshed, please check again.',
    forbidden: 'Your role may not do this to this hazard (or it is outside your area).',
    needReason: 'Enter the new deadline and the reason.', needUnit: 'Enter the supervising unit.',
    alerts: 'Alerts {n}', alertsTitle: 'Hazards needing attention: overdue, due soon, supervised and overdue',
    field: {
      severity: 'Severity', deadline: 'Deadline', daysOverdue: 'Days overdue', supervised: 'Under supervision',
      responsibleUnit: 'Responsible unit', responsiblePerson: 'Responsible person', subject: 'Found on', foundOn: 'Found on',
      foundBy: 'Found by', description: 'Description', supervisingUnit: 'Supervising unit', category: 'Category', closedAt: 'Closed',
      reviewNote: 'Review finding',
    },
    form: {
      title: 'Report hazard', on: 'On: {name}', point: 'A point on the map (put on the building or nearest place there)',
      category: 'Category', severity: 'Severity', description: 'Description', responsibleUnit: 'Responsible unit',
      responsiblePerson: 'Responsible person (optional)', foundOn: 'Found on', deadline: 'Deadline (empty: the default for the category)',
      submit: 'Report', cancel: 'Cancel', missing: 'Enter the description and the responsible unit.',
    },
  },
};
