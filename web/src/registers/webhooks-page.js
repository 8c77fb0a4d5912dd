// The webhooks admin page (webhooks.html, 数据推送): every subscription of a city platform to FireMap's record
// events (name, URL, event kinds, on or off), a form to add one (its secret is shown to no one afterwards), a switch
// to turn one off or on again, and the most recent deliveries with their attempts and the last answer. Admin only:
// the service refuses the rest.
import { control, element } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { codeLabel, codesOf } from '../shared/vocabulary.js';
import { graphql } from '../shared/graphql.js';
import { button, checkbox, labelled, page, section, startPage, table, when } from './page.js';

const subscriptionFields = 'id name url secretHint eventKinds active updatedBy createdAt version';

async function load() {
  return graphql(`{
    webhookSubscriptions { ${subscriptionFields} }
    webhookDeliveries(first: 50) { id subscriptionName eventKind entityId status attempts nextAttemptAt lastStatus lastError deliveredAt createdAt }
  }`);
}

const kindLabels = (kinds) => kinds.map((k) => codeLabel('recordEventKind', k.toLowerCase())).join('、');

function addForm(change) {
  const form = element('form', 'fm-registers-form');
  form.dataset.testid = 'webhook-new';
  const name = control('input', 'webhook-name', { type: 'text', required: true, maxLength: 200 });
  const url = control('input', 'webhook-url', { type: 'url', required: true, placeholder: 'https://' });
  const secret = control('input', 'webhook-secret', { type: 'password', required: true, minLength: 16, maxLength: 200, autocomplete: 'new-password' });
  const kinds = element('fieldset', 'fm-registers-form');
  kinds.append(element('legend', null, t('webhooks.kinds')));
  const boxes = codesOf('recordEventKind').map((code) => {
    const { box, label } = checkbox(codeLabel('recordEventKind', code), `webhook-kind-${code}`, true);
    box.value = code.toUpperCase();
    kinds.append(label);
    return box;
  });
  form.append(labelled(t('webhooks.name'), name), labelled(t('webhooks.url'), url), labelled(t('webhooks.secret'), secret), kinds,
    button(t('webhooks.add'), 'webhook-add', null, 'submit'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = { name: name.value.trim(), url: url.value.trim(), secret: secret.value, eventKinds: boxes.filter((b) => b.checked).map((b) => b.value) };
    change(() => graphql(`mutation($input: WebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { id } }`, { input }),
      t('webhooks.added'));
  });
  return form;
}

function draw(data, change) {
  const subscriptions = section('webhook-subscriptions', t('webhooks.subscriptions'));
  if (data.webhookSubscriptions.length === 0) subscriptions.append(element('p', 'fm-registers-note', t('webhooks.none')));
  subscriptions.append(table('webhook-table',
    [t('webhooks.name'), t('webhooks.url'), t('webhooks.kinds'), t('webhooks.secretHint'), t('webhooks.state'), ''],
    data.webhookSubscriptions, (s) => [s.name, s.url, kindLabels(s.eventKinds), `…${s.secretHint}`,
      t(s.active ? 'webhooks.active' : 'webhooks.inactive'),
      button(t(s.active ? 'webhooks.disable' : 'webhooks.enable'), `webhook-toggle-${s.id}`, () => change(
        () => graphql(`mutation($id: ID!, $v: Int!, $active: Boolean!) {
          updateWebhookSubscription(id: $id, expectedVersion: $v, input: { active: $active }) { active } }`, { id: s.id, v: s.version, active: !s.active }),
        t(s.active ? 'webhooks.disabled' : 'webhooks.enabled')))],
    (s) => `webhook-${s.id}`));
  const add = section('webhook-add-section', t('webhooks.addTitle'));
  add.append(element('p', 'fm-registers-note', t('webhooks.secretNote')), addForm(change));
  const deliveries = section('webhook-deliveries', t('webhooks.deliveries'));
  deliveries.append(table('webhook-delivery-table',
    [t('webhooks.createdAt'), t('webhooks.subscriber'), t('webhooks.kind'), t('webhooks.record'), t('webhooks.status'), t('webhooks.attempts'),
      t('webhooks.lastAnswer')],
    data.webhookDeliveries, (d) => [when(d.createdAt), d.subscriptionName, codeLabel('recordEventKind', d.eventKind.toLowerCase()), d.entityId,
      codeLabel('webhookDeliveryStatus', d.status.toLowerCase()), d.attempts,
      [d.lastStatus, d.lastError].filter((v) => v != null && v !== '').join(' ') || (d.deliveredAt ? when(d.deliveredAt) : '')],
    (d) => `delivery-${d.id}`));
  return [subscriptions, add, deliveries];
}

await startPage();
await page('webhooks.title', load, draw);
