// The printable report page (report.html): ?community=…&month=yyyy-MM is a community's monthly report,
// ?community=…&campaign=code its final summary of a campaign, ?month=yyyy-MM (or nothing) the month's
// roll-up of every community. Community staff without a community in the address get their own report.
import { signedInUser } from '../account/account.js';
import { element } from '../shared/dom.js';
import { applyDocumentLanguage, language, onLanguageChange, setLanguage, t } from '../shared/i18n.js';
import { loadVocabulary } from '../shared/vocabulary.js';
import { campaignSummary, monthlyReport, monthlyReports } from './report-api.js';
import { monthlyView, rollUpView, summaryView } from './report-views.js';

applyDocumentLanguage();
const user = await signedInUser();
await loadVocabulary();

const main = document.getElementById('report');
const toolbar = document.getElementById('report-toolbar');
const state = { report: null, notice: null, loaded: null };

/** This month in China, yyyy-MM. */
function thisMonth() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).formatToParts(new Date());
  return `${parts.find((p) => p.type === 'year').value}-${parts.find((p) => p.type === 'month').value}`;
}

function request() {
  const params = new URLSearchParams(window.location.search);
  const month = params.get('month');
  const campaign = params.get('campaign');
  const community = params.get('community') ?? (month || campaign ? null : user.communityCode ?? null);
  return { community, month: month ?? thisMonth(), campaign };
}

function renderToolbar() {
  const back = element('a', 'fm-report-link', t('monthly.back'));
  back.href = './';
  const print = element('button', null, t('monthly.print'));
  print.type = 'button';
  print.dataset.testid = 'report-print';
  print.addEventListener('click', () => window.print());
  const lang = element('button', null, t('monthly.language'));
  lang.type = 'button';
  lang.addEventListener('click', () => setLanguage(language() === 'zh' ? 'en' : 'zh'));
  toolbar.replaceChildren(back, print, lang);
}

async function load() {
  const { community, month, campaign } = request();
  main.replaceChildren(element('p', 'fm-report-status', t('monthly.loading')));
  try {
    if (community && campaign) {
      state.loaded = { kind: 'summary', data: await campaignSummary(community, campaign) };
    } else if (community) {
      const [report, reports] = await Promise.all([monthlyReport(community, month), monthlyReports(month)]);
      state.loaded = { kind: 'monthly', data: report, campaign: reports.currentCampaign?.code ?? null };
    } else {
      const data = await monthlyReports(month);
      state.loaded = { kind: 'rollUp', data: data.monthlyReports, month, campaign: data.currentCampaign?.code ?? null };
    }
  } catch (error) {
    state.loaded = { kind: 'error', error };
  }
  render();
}

function render() {
  renderToolbar();
  const loaded = state.loaded;
  if (!loaded) return;
  let nodes;
  if (loaded.kind === 'error') {
    nodes = [element('p', 'fm-report-status', t('monthly.error', { reason: loaded.error?.detail || loaded.error?.reason || '' }))];
  } else if (loaded.kind === 'summary') {
    document.title = t('monthly.summaryTitle');
    nodes = summaryView(loaded.data);
  } else if (loaded.kind === 'monthly') {
    document.title = `${loaded.data.communityName} ${t('monthly.pageTitle')} ${loaded.data.month}`;
    nodes = monthlyView(loaded.data, loaded.campaign, (report, notice) => {
      loaded.data = report;
      state.notice = notice;
      render();
    });
  } else {
    document.title = t('monthly.rollUpTitle');
    nodes = rollUpView(loaded.month, loaded.data, loaded.campaign, (month) => {
      window.location.search = `?month=${encodeURIComponent(month)}`;
    });
  }
  if (state.notice) {
    const notice = element('p', 'fm-report-notice fm-no-print', state.notice);
    notice.setAttribute('role', 'status');
    notice.dataset.testid = 'report-notice';
    nodes.unshift(notice);
    state.notice = null;
  }
  main.replaceChildren(...nodes);
  main.dataset.state = 'ready';
}

onLanguageChange(() => render());
renderToolbar();
await load();

// For the browser test: resolves once the page has drawn what it loaded.
window.fireMapReport = { ready: Promise.resolve(true), state: () => main.dataset.state ?? 'loading' };
