// Text of the field mode for phones (现场采集): the four forms, the position, the outbox.
export const zh = {
  fieldMode: {
    title: '现场采集', toMap: '地图', tabs: { hazard: '上报隐患', blockage: '上报占道', inspection: '现场检查', visit: '入户走访' },
    position: { waiting: '正在定位…', accuracy: '定位精度 ±{m} 米', denied: '无法定位：{reason}', unsupported: '此设备不支持定位' },
    nearest: '附近对象', nearestNone: '附近 300 米内没有找到对象', distance: '{m} 米', refresh: '重新查找',
    kind: { building: '建筑', place: '场所' },
    subjectFirst: '请先选择检查对象。', pointFirst: '还没有定位，无法确定位置。',
    category: '隐患类别', severity: '隐患等级', description: '隐患描述', responsibleUnit: '责任单位',
    cause: '占用原因', remaining: '剩余通行宽度（米）', note: '说明（可选）',
    inspectionKind: '检查类型', checklist: '检查项目', noChecklist: '该对象没有适用的检查表。',
    raise: '同时上报隐患', raiseDescription: '隐患描述', notes: '备注（可选）',
    photos: '拍照', keepLocation: '保留照片中的位置', photoCount: '已选 {n} 张照片',
    resident: '走访对象', residentNone: '您的辖区内没有登记的重点关爱人员。', checks: '检查情况',
    visitHazard: '发现隐患，同时上报', submit: '提交', sending: '正在提交…',
    queued: '已保存，网络恢复后自动发送。', sent: '已发送：{what}',
    outbox: '待发送 {n} 条', outboxEmpty: '没有待发送的记录', waiting: '等待网络', failed: '发送失败：{reason}', discard: '删除',
    sendNow: '立即发送', offline: '当前离线',
    what: { hazard: '隐患 {text}', blockage: '占道 {text}', inspection: '检查 {text}', visit: '走访 {text}' },
    readOnly: '您的角色不能提交此表单。',
  },
};

export const en = {
  fieldMode: {
    title: 'Field work', toMap: 'Map', tabs: { hazard: 'Report hazard', blockage: 'Report blockage', inspection: 'Inspection', visit: 'Door-knock visit' },
    position: { waiting: 'Locating…', accuracy: 'Accuracy ±{m} m', denied: 'No position: {reason}', unsupported: 'This device cannot locate itself' },
    nearest: 'Nearby', nearestNone: 'Nothing found within 300 m', distance: '{m} m', refresh: 'Search again',
    kind: { building: 'Building', place: 'Place' },
    subjectFirst: 'Choose what you inspect first.', pointFirst: 'No position yet; the place cannot be set.',
    category: 'Category', severity: 'Severity', description: 'Description', responsibleUnit: 'Responsible unit',
    cause: 'Cause', remaining: 'Clear width left (m)', note: 'Note (optional)',
    inspectionKind: 'Kind', checklist: 'Checklist', noChecklist: 'No checklist applies to this subject.',
    raise: 'Report a hazard too', raiseDescription: 'Hazard description', notes: 'Notes (optional)',
    photos: 'Photos', keepLocation: 'Keep the photo location', photoCount: '{n} photos chosen',
    resident: 'Resident', residentNone: 'No registered residents in your area.', checks: 'Checks',
    visitHazard: 'Report a hazard found', submit: 'Submit', sending: 'Sending…',
    queued: 'Saved; it is sent when the network is back.', sent: 'Sent: {what}',
    outbox: '{n} waiting to be sent', outboxEmpty: 'Nothing waiting', waiting: 'Waiting for network', failed: 'Not sent: {reason}', discard: 'Delete',
    sendNow: 'Send now', offline: 'Offline',
    what: { hazard: 'hazard {text}', blockage: 'blockage {text}', inspection: 'inspection {text}', visit: 'visit {text}' },
    readOnly: 'Your role cannot submit this form.',
  },
};
