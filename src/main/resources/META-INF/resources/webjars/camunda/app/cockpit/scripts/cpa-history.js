// CPA Cockpit plugin: the history Cockpit Community Edition does not show.
//  - "History" tab on a process instance: the instance's activities, started and ended, with their assignees.
//  - "Finished instances" tab on a process definition: its ended instances, found by business key, each with
//    its activity history.
// Plain DOM and fetch, no library. Every request goes to the engine REST API of the web apps with the logged-in
// user's session and CSRF token, so the user's authorizations apply (an unauthorized user sees an empty list or
// the engine's refusal, never more).

// Every text the user sees is in TEXTS below, in English and Canadian French side by side; the page's language
// (the person's choice, else the browser's) comes from ../../cpa/language.js.

import {el, table, translator} from './cpa-dom.js';

const TEXTS = {
  history: {en: 'History', fr: 'Historique'},
  finishedInstances: {en: 'Finished instances', fr: 'Instances terminées'},
  loading: {en: 'Loading…', fr: 'Chargement…'},
  loadFailed: {en: message => 'Could not load the history: ' + message,
    fr: message => "Impossible de charger l'historique : " + message},
  noHistory: {en: 'No history recorded for this instance.', fr: 'Aucun historique enregistré pour cette instance.'},
  activity: {en: 'Activity', fr: 'Activité'},
  type: {en: 'Type', fr: 'Type'},
  started: {en: 'Started', fr: 'Début'},
  ended: {en: 'Ended', fr: 'Fin'},
  assignee: {en: 'Assignee', fr: 'Responsable'},
  canceled: {en: 'Canceled', fr: 'Annulée'},
  yes: {en: 'yes', fr: 'oui'},
  businessKeyPlaceholder: {en: 'Business key (e.g. REQ-2026-0001)', fr: 'Clé métier (p. ex. REQ-2026-0001)'},
  noFinishedInstance: {en: 'No finished instance found.', fr: 'Aucune instance terminée trouvée.'},
  businessKey: {en: 'Business key', fr: 'Clé métier'},
  state: {en: 'State', fr: 'État'},
  search: {en: 'Search', fr: 'Rechercher'},
  mostRecent: {en: count => 'The ' + count + ' most recently ended instances of this version, newest first.',
    fr: count => 'Les ' + count
      + ' instances de cette version terminées le plus récemment, de la plus récente à la plus ancienne.'}
};

const t = translator(TEXTS);

const MAX_INSTANCES = 50;

function get(api, path) {
  return fetch(api.engineApi + path, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken}
  }).then(response => {
    if (!response.ok) {
      throw new Error(response.status + ' ' + response.statusText);
    }
    return response.json();
  });
}


function when(iso) {
  return iso ? iso.replace('T', ' ').substring(0, 19) : '';
}


function showError(node, error) {
  node.replaceChildren(el('div', {class: 'alert alert-danger'}, t('loadFailed', error.message)));
}

/** the instance's historic activity instances, oldest first, as a table */
function activityHistory(api, processInstanceId) {
  return get(api, '/history/activity-instance?processInstanceId=' + encodeURIComponent(processInstanceId)
      + '&sortBy=startTime&sortOrder=asc')
    .then(activities => activities.length === 0
      ? el('p', {class: 'cpa-history-empty'}, t('noHistory'))
      : table('cpa-history', [t('activity'), t('type'), t('started'), t('ended'), t('assignee'), t('canceled')],
          activities.map(a => el('tr', {'data-activity-id': a.activityId},
            el('td', {}, a.activityName || a.activityId), el('td', {}, a.activityType),
            el('td', {}, when(a.startTime)), el('td', {}, when(a.endTime)),
            el('td', {}, a.assignee || ''), el('td', {}, a.canceled ? t('yes') : '')))));
}

const instanceHistoryTab = {
  id: 'cpa.processInstance.history',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 5,
  properties: {label: t('history')},
  render(node, {api, processInstanceId}) {
    node.replaceChildren(el('p', {}, t('loading')));
    activityHistory(api, processInstanceId)
      .then(history => node.replaceChildren(history))
      .catch(error => showError(node, error));
  }
};

/** one finished instance as a row, with a button that opens its activity history below it */
function finishedRow(api, instance) {
  const historyCell = el('td', {colspan: '5'});
  const historyRow = el('tr', {class: 'cpa-finished-history', hidden: ''}, historyCell);
  const button = el('button', {type: 'button', class: 'btn btn-default btn-xs', 'data-process-instance-id': instance.id},
    t('history'));
  button.addEventListener('click', () => {
    if (!historyRow.hidden) {
      historyRow.hidden = true;
      return;
    }
    historyRow.hidden = false;
    historyCell.replaceChildren(el('p', {}, t('loading')));
    activityHistory(api, instance.id)
      .then(history => historyCell.replaceChildren(history))
      .catch(error => showError(historyCell, error));
  });
  const row = el('tr', {'data-business-key': instance.businessKey || ''},
    el('td', {}, instance.businessKey || ''), el('td', {}, when(instance.startTime)),
    el('td', {}, when(instance.endTime)), el('td', {}, instance.state), el('td', {}, button));
  return [row, historyRow];
}

const finishedInstancesTab = {
  id: 'cpa.processDefinition.finishedInstances',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 5,
  properties: {label: t('finishedInstances')},
  render(node, {api, processDefinitionId}) {
    const key = el('input', {type: 'search', class: 'form-control input-sm cpa-business-key',
      placeholder: t('businessKeyPlaceholder')});
    const results = el('div', {class: 'cpa-finished-results'});
    const search = event => {
      if (event) {
        event.preventDefault();
      }
      let query = '/history/process-instance?finished=true&processDefinitionId=' + encodeURIComponent(processDefinitionId)
        + '&sortBy=endTime&sortOrder=desc&maxResults=' + MAX_INSTANCES;
      if (key.value.trim()) {
        query += '&processInstanceBusinessKey=' + encodeURIComponent(key.value.trim());
      }
      results.replaceChildren(el('p', {}, t('loading')));
      get(api, query)
        .then(instances => results.replaceChildren(instances.length === 0
          ? el('p', {class: 'cpa-finished-empty'}, t('noFinishedInstance'))
          : table('cpa-finished', [t('businessKey'), t('started'), t('ended'), t('state'), ''],
              instances.flatMap(instance => finishedRow(api, instance)))))
        .catch(error => showError(results, error));
    };
    const form = el('form', {class: 'form-inline cpa-finished-search'}, key, ' ',
      el('button', {type: 'submit', class: 'btn btn-default btn-sm'}, t('search')));
    form.addEventListener('submit', search);
    node.replaceChildren(form, el('p', {class: 'text-muted'},
      t('mostRecent', MAX_INSTANCES)), results);
    search();
  }
};

export default [instanceHistoryTab, finishedInstancesTab];
