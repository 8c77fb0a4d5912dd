// The public report form: no account, no session. The map only helps pick the point; the
// coordinates can also be typed. The answer's text is put into the page as text, never as HTML.
import * as L from '../shared/leaflet.js';

const form = document.getElementById('public-report');
const lon = document.getElementById('report-lon');
const lat = document.getElementById('report-lat');
const result = document.getElementById('report-result');

const map = L.map('public-map').setView([29.48, 106.48], 15);
L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 19, attribution: '© OpenStreetMap' }).addTo(map);
let marker = null;

function place(latlng) {
  if (marker) marker.setLatLng(latlng); else marker = L.marker(latlng).addTo(map);
  lon.value = latlng.lng.toFixed(6);
  lat.value = latlng.lat.toFixed(6);
}

map.on('click', (event) => place(event.latlng));
for (const input of [lon, lat]) {
  input.addEventListener('change', () => {
    const point = L.latLng(Number(lat.value), Number(lon.value));
    if (Number.isFinite(point.lat) && Number.isFinite(point.lng)) place(point);
  });
}

function show(text, error) {
  result.replaceChildren();
  result.className = error ? 'fm-error' : '';
  result.textContent = text;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  show('正在提交… Sending…', false);
  const body = new FormData(form);
  const photo = document.getElementById('report-photo');
  if (!photo.files.length) body.delete('photo');
  let response;
  try {
    // The header marks the request as this page's own (the cross-site rule for non-JSON writes).
    response = await fetch('api/public-reports', { method: 'POST', body, headers: { 'X-FireMap-Request': '1' } });
  } catch {
    show('网络错误，请稍后重试。 Network error, try again later.', true);
    return;
  }
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    show(`未能提交：${answer.detail ?? response.status} Not sent.`, true);
    return;
  }
  result.replaceChildren();
  result.className = '';
  result.append('举报已受理，请保存查询码 Received; keep your tracking code: ');
  const code = document.createElement('span');
  code.id = 'tracking-code';
  code.className = 'fm-code';
  code.textContent = answer.trackingCode;
  const link = document.createElement('a');
  link.href = `report-status.html?code=${encodeURIComponent(answer.trackingCode)}`;
  link.textContent = ' 查看处理结果 Check the outcome';
  result.append(code, link);
  form.reset();
});
