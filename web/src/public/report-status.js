// The outcome of a public report by tracking code: status, dates, the hazard's progress; nothing personal.
const form = document.getElementById('status-form');
const input = document.getElementById('status-code');
const result = document.getElementById('status-result');

function row(term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  result.append(dt, dd);
}

const when = (text) => (text ? new Date(text).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '—');

async function look(code) {
  result.replaceChildren();
  const response = await fetch(`api/public-reports/status/${encodeURIComponent(code.trim())}`).catch(() => null);
  const answer = response ? await response.json().catch(() => ({})) : {};
  if (!response || !response.ok) {
    row('结果 Result', response?.status === 404 ? '未找到该查询码 No report has this code' : '查询失败 Lookup failed');
    return;
  }
  row('查询码 Code', answer.trackingCode);
  row('处理状态 Status', answer.statusLabel);
  result.lastElementChild.id = 'status-label';
  row('受理时间 Received', when(answer.receivedAt));
  row('处理时间 Handled', when(answer.handledAt));
  if (answer.dismissReason) row('不予立案理由 Reason', answer.dismissReason);
  if (answer.hazardCode) row('隐患编号 Hazard', `${answer.hazardCode} · ${answer.hazardStatusLabel}`);
  row('奖励 Reward', answer.rewarded ? '已发放 Granted' : '—');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  look(input.value);
});

const initial = new URLSearchParams(location.search).get('code');
if (initial) {
  input.value = initial;
  look(initial);
}
