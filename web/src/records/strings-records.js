// Text of a compound's plan (一小区一对策) and of the record edit form, in Chinese (default) and
// English. Measure and system states come from the vocabulary.
export const zh = {
  plan: {
    open: '小区对策', title: '一小区一对策：{name}', close: '关闭', loading: '正在加载…', error: '加载失败：{reason}',
    problems: '存在问题', measures: '整改措施', measure: '措施', owner: '责任人（单位）', dueOn: '完成期限', status: '进展',
    progressNotes: '推进情况', updated: '最后修改：{by}，{at}', none: '该小区还没有对策。', noMeasures: '暂无措施。',
    add: '添加措施', remove: '删除', save: '保存', busy: '正在保存…', saved: '已保存小区对策', readOnly: '您的角色只能查看小区对策。',
    missing: '每条措施都要填写措施和责任人。',
    conflict: '该对策已被他人修改；已刷新为最新内容，请核对后再保存。',
    forbidden: '您的角色无权修改该小区的对策（或该小区不在您的辖区）。',
  },
  record: {
    edit: '编辑', title: '编辑：{name}', building: '建筑', compound: '小区', place: '场所',
    managementUnit: '管理单位', maintenanceUnit: '维保单位', chiefName: '楼栋长', chiefPhone: '楼栋长电话',
    alarmSystem: '火灾自动报警系统', smokeControlSystem: '防排烟系统', sprinklerSystem: '自动喷水灭火系统', hydrantSystem: '室内消火栓系统',
    changedUse: '改变使用性质', mixedUse: '多种用途混合', occupants: '居住/使用人数',
    propertyManagementUnit: '物业服务企业（留空为无物业）', responsibleUnit: '责任单位', selfInspectionDate: '自查承诺日期',
    save: '保存', busy: '正在保存…', saved: '已保存 {name}', loading: '正在加载…', error: '加载失败：{reason}',
    badOccupants: '人数须为 0 或正整数。',
    conflict: '该记录已被他人修改；已刷新为最新内容，请核对后再保存。',
    forbidden: '您的角色无权修改该记录（或它不在您的辖区）。',
  },
};

export const en = {
  plan: {
    open: 'Compound plan', title: 'Compound plan: {name}', close: 'Close', loading: 'Loading…', error: 'Could not load: {reason}',
    problems: 'Problems', measures: 'Measures', measure: 'Measure', owner: 'Owner (unit or person)', dueOn: 'Due', status: 'Status',
    progressNotes: 'Progress notes', updated: 'Last changed by {by}, {at}', none: 'This compound has no plan yet.', noMeasures: 'No measures yet.',
    add: 'Add a measure', remove: 'Remove', save: 'Save', busy: 'Saving…', saved: 'Compound plan saved', readOnly: 'Your role may only view compound plans.',
    missing: 'Every measure needs a measure and an owner.',
    conflict: 'Someone changed this plan; it has been reloaded, please check it and save again.',
    forbidden: 'Your role may not change this compound\'s plan (or it is outside your area).',
  },
  record: {
    edit: 'Edit', title: 'Edit: {name}', building: 'Building', compound: 'Compound', place: 'Place',
    managementUnit: 'Management unit', maintenanceUnit: 'Maintenance contractor', chiefName: 'Building chief', chiefPhone: 'Building chief\'s phone',
    alarmSystem: 'Fire alarm system', smokeControlSystem: 'Smoke control system', sprinklerSystem: 'Sprinkler system', hydrantSystem: 'Indoor hydrant system',
    changedUse: 'Use changed', mixedUse: 'Mixed use', occupants: 'Occupants',
    propertyManagementUnit: 'Property management (empty: none)', responsibleUnit: 'Responsible unit', selfInspectionDate: 'Self-inspection commitment date',
    save: 'Save', busy: 'Saving…', saved: '{name} saved', loading: 'Loading…', error: 'Could not load: {reason}',
    badOccupants: 'Occupants must be 0 or a whole number.',
    conflict: 'Someone changed this record; it has been reloaded, please check it and save again.',
    forbidden: 'Your role may not change this record (or it is outside your area).',
  },
};
