// Text of the administrator's operations page (运维): health, backups, jobs, in Chinese (default) and English.
export const zh = {
  admin: {
    tool: '运维', toolTitle: '服务与数据库状态、备份、定时任务',
    title: '运维', close: '关闭运维面板',
    health: '服务状态', version: 'FireMap 版本 {v} · 实例 {instance}', schema: '数据库结构 {db}（程序 {code}）',
    database: '数据库：{postgres}', databaseDown: '数据库无法连接', size: '数据库大小 {mb} MB',
    backups: '备份', takeBackup: '立即备份', taking: '正在备份…', noBackups: '还没有备份。',
    backupLine: '{time} · {reason} · {mb} MB', download: '下载', backupAge: '最近一次备份：{hours} 小时前',
    jobs: '最近的任务', noJobs: '还没有任务记录。', jobLine: '{time} {job}：{outcome}',
    alerts: '告警', noAlerts: '没有告警。', alertLine: '任务 {job} 于 {time} {outcome}：{message}',
    loading: '正在加载…', error: '加载失败：{reason}', backupFailed: '备份失败：{message}', backupDone: '备份完成：{message}',
  },
};

export const en = {
  admin: {
    tool: 'Operations', toolTitle: 'Service and database health, backups, scheduled jobs',
    title: 'Operations', close: 'Close the operations panel',
    health: 'Health', version: 'FireMap {v} · instance {instance}', schema: 'Database schema {db} (code {code})',
    database: 'Database: {postgres}', databaseDown: 'The database cannot be reached', size: 'Database size {mb} MB',
    backups: 'Backups', takeBackup: 'Back up now', taking: 'Backing up…', noBackups: 'No backups yet.',
    backupLine: '{time} · {reason} · {mb} MB', download: 'Download', backupAge: 'Newest backup: {hours} h ago',
    jobs: 'Recent jobs', noJobs: 'No job runs yet.', jobLine: '{time} {job}: {outcome}',
    alerts: 'Alerts', noAlerts: 'No alerts.', alertLine: 'Job {job} at {time} {outcome}: {message}',
    loading: 'Loading…', error: 'Loading failed: {reason}', backupFailed: 'Backup failed: {message}', backupDone: 'Backup done: {message}',
  },
};
