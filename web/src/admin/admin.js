// The administrator's operations page (运维): service and database health, the backups (list,
// download, take one now), recent job runs and the alerts of failed ones. Shown to the admin role only;
// every text goes in as text.
import * as L from '../shared/leaflet.js';
import { element, control } from '../shared/dom.js';
import { graphql } from '../shared/graphql.js';
import { formatNumber, formatTime, t } from '../shared/i18n.js';
import { openSide } from '../shared/side.js';
import { codeLabel } from '../shared/vocabulary.js';

const statusQuery = `{ operationsStatus {
  fireMapVersion instance codeSchemaVersion databaseReachable databaseSchemaVersion postgresVersion databaseBytes backupAgeSeconds
  backups { name createdAt reason bytes downloadUrl }
  recentJobs { id job startedAt outcome message }
  jobAlerts { id job startedAt outcome message }
} }`;

const megabytes = (bytes) => formatNumber((bytes ?? 0) / 1048576, 1);
const outcomeLabel = (outcome) => codeLabel('jobOutcome', outcome?.toLowerCase());

export class AdminPage {
  constructor(map, user) {
    this._map = map;
    this._open = false;
    this._state = { status: 'idle', data: null, error: null, notice: null, taking: false };
    if (user?.role !== 'admin') {
      this.render = () => {};
      return;
    }
    this._buildToggle();
    this._buildPanel();
    map.on('fm-side', (event) => {
      if (event.owner !== 'admin') this.close();
    });
    this.render();
  }

  _buildToggle() {
    const toggle = L.control({ position: 'topleft' });
    const box = L.DomUtil.create('div', 'leaflet-control fm-panel fm-radius-toggle-box');
    this._toggle = control('button', 'admin-toggle', { type: 'button' });
    box.append(this._toggle);
    this._toggle.addEventListener('click', () => (this._open ? this.close() : this.open()));
    L.DomEvent.disableClickPropagation(box);
    toggle.onAdd = () => box;
    toggle.addTo(this._map);
  }

  _buildPanel() {
    this.element = element('aside', 'fm-side fm-radius fm-admin');
    this.element.dataset.testid = 'admin-panel';
    this.element.hidden = true;
    const header = element('header', 'fm-radius-header');
    this._title = element('h2');
    this._close = control('button', 'admin-close', { type: 'button', className: 'fm-radius-close', textContent: '×' });
    this._close.addEventListener('click', () => this.close());
    header.append(this._title, this._close);
    this._body = element('div', 'fm-admin-body');
    this._take = control('button', 'admin-take-backup', { type: 'button' });
    this._take.addEventListener('click', () => this._takeBackup());
    this.element.append(header, this._body);
    document.body.append(this.element);
  }

  open() {
    if (this._open) return;
    this._open = true;
    openSide(this._map, 'admin', true);
    this._load();
    this.render();
  }

  close() {
    if (!this._open) return;
    this._open = false;
    openSide(this._map, 'admin', false);
    this.render();
  }

  async _load() {
    this._state.status = 'loading';
    this.render();
    try {
      this._state.data = (await graphql(statusQuery)).operationsStatus;
      this._state.status = 'ready';
    } catch (error) {
      this._state.status = 'error';
      this._state.error = error;
    }
    this.render();
  }

  async _takeBackup() {
    this._state.taking = true;
    this.render();
    try {
      const run = (await graphql('mutation { takeBackup { outcome message } }')).takeBackup;
      this._state.notice = t(run.outcome === 'SUCCEEDED' ? 'admin.backupDone' : 'admin.backupFailed', { message: run.message ?? '' });
    } catch (error) {
      this._state.notice = t('admin.backupFailed', { message: error?.detail ?? error?.reason ?? '' });
    }
    this._state.taking = false;
    await this._load();
  }

  render() {
    this._toggle.textContent = t('admin.tool');
    this._toggle.title = t('admin.toolTitle');
    this._toggle.setAttribute('aria-pressed', String(this._open));
    this.element.hidden = !this._open;
    this._title.textContent = t('admin.title');
    this._close.setAttribute('aria-label', t('admin.close'));
    this._take.textContent = t(this._state.taking ? 'admin.taking' : 'admin.takeBackup');
    this._take.disabled = this._state.taking;
    const { status, data, error, notice } = this._state;
    const nodes = [];
    if (status === 'loading' && !data) nodes.push(element('p', 'fm-radius-status', t('admin.loading')));
    if (status === 'error') nodes.push(element('p', 'fm-radius-status', t('admin.error', { reason: error?.detail ?? error?.reason ?? '' })));
    if (data) nodes.push(...this._sections(data));
    if (notice) nodes.push(Object.assign(element('p', 'fm-radius-status', notice), { role: 'status' }));
    this._body.replaceChildren(...nodes);
  }

  _sections(data) {
    const health = section('admin.health', 'admin-health', [
      t('admin.version', { v: data.fireMapVersion, instance: data.instance }),
      t('admin.schema', { db: data.databaseSchemaVersion ?? '–', code: data.codeSchemaVersion }),
      data.databaseReachable ? t('admin.database', { postgres: data.postgresVersion ?? '' }) : t('admin.databaseDown'),
      data.databaseBytes == null ? null : t('admin.size', { mb: megabytes(data.databaseBytes) }),
    ]);
    const alerts = section('admin.alerts', 'admin-alerts', data.jobAlerts.length === 0 ? [t('admin.noAlerts')]
      : data.jobAlerts.map((run) => t('admin.alertLine', {
        job: run.job, time: formatTime(run.startedAt), outcome: outcomeLabel(run.outcome), message: run.message ?? '',
      })));
    const backups = section('admin.backups', 'admin-backups', []);
    if (data.backupAgeSeconds != null) backups.append(element('p', null, t('admin.backupAge', { hours: formatNumber(data.backupAgeSeconds / 3600, 1) })));
    backups.append(this._take);
    const list = element('ul', 'fm-admin-list');
    list.dataset.testid = 'admin-backup-list';
    for (const backup of data.backups) {
      const item = element('li', null, t('admin.backupLine', { time: formatTime(backup.createdAt), reason: backup.reason, mb: megabytes(backup.bytes) }) + ' ');
      const link = element('a', 'fm-radius-export', t('admin.download'));
      link.href = backup.downloadUrl.replace(/^\//, '');
      link.download = backup.name;
      item.append(link);
      list.append(item);
    }
    backups.append(data.backups.length === 0 ? element('p', null, t('admin.noBackups')) : list);
    const jobs = section('admin.jobs', 'admin-jobs', data.recentJobs.length === 0 ? [t('admin.noJobs')]
      : data.recentJobs.slice(0, 12).map((run) => t('admin.jobLine', { time: formatTime(run.startedAt), job: run.job, outcome: outcomeLabel(run.outcome) })));
    return [health, alerts, backups, jobs];
  }

  testHook() {
    return { open: () => this.open(), state: () => this._state.status };
  }
}

function section(titleKey, testid, lines) {
  const node = element('section', 'fm-admin-section');
  node.dataset.testid = testid;
  node.append(element('h3', null, t(titleKey)));
  for (const line of lines.filter((l) => l != null)) node.append(element('p', null, line));
  return node;
}
