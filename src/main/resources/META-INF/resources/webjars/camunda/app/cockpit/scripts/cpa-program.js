// CPA Cockpit plugin: the program at a glance.
//  - a panel on Cockpit's dashboard: officers abroad against the cap, headroom, women, tours ending soon;
//  - a "Program" page (navigation entry, route #/program): every figure of GET /api/program, with charts
//    (Apache ECharts from the application's jar: officers abroad per month stacked by mission, women share
//    over time, the 24-month capacity forecast), CSV exports, and rows that open their instances in Cockpit.
// The figures come from the application's /api/program, read in the user's web-app session (the server
// answers within the user's rights: cpa-managers, rcmp-ipob, gac-desk, administrators; anyone else is refused).
// Every text the user sees is in TEXTS below, in English and Canadian French side by side; the page's language
// (the person's choice, else the browser's) comes from ../../cpa/language.js.

import {el, table, translator} from './cpa-dom.js';

/** a decimal number as French writes it (comma) */
const frDecimal = value => String(value).replace('.', ',');

const TEXTS = {
  locale: {en: 'en-CA', fr: 'fr-CA'},
  percent: {en: value => value + ' %', fr: value => frDecimal(value) + ' %'},
  refused: {en: 'The program figures are for program managers, IPOB and the GAC desk.',
    fr: "Les données du programme sont réservées aux gestionnaires du programme, à la DOIP de la GRC et au bureau de déploiement d'AMC."},
  // tiles
  abroadToday: {en: 'officers abroad today', fr: "policiers à l'étranger aujourd'hui"},
  programCap: {en: 'program cap', fr: 'plafond du programme'},
  committedCeilings: {en: 'committed (ceilings of missions not closed)', fr: 'engagés (plafonds des missions non fermées)'},
  headroomUnderCap: {en: 'headroom under the cap', fr: 'marge sous le plafond'},
  headroomExplained: {en: 'the cap less the ceilings of every mission not closed: what ministers can still approve',
    fr: 'le plafond moins les plafonds de toutes les missions non fermées : ce que les ministres peuvent encore approuver'},
  womenAbroadTarget: {en: target => 'women abroad (target ' + target + ' %)',
    fr: target => "femmes à l'étranger (cible de " + frDecimal(target) + ' %)'},
  // table headers and cells
  mission: {en: 'Mission', fr: 'Mission'},
  name: {en: 'Name', fr: 'Nom'},
  status: {en: 'Status', fr: 'Statut'},
  ceiling: {en: 'Ceiling', fr: 'Plafond'},
  abroad: {en: 'Abroad', fr: "À l'étranger"},
  filled: {en: 'Filled', fr: 'Pourvus'},
  vacancies: {en: 'Vacancies', fr: 'Postes vacants'},
  nextRotation: {en: 'Next rotation (selection opens / deploys)',
    fr: 'Prochaine rotation (ouverture de la sélection / déploiement)'},
  nextRotationValue: {en: (rotation, opens, deploys) => 'R' + rotation + ': ' + opens + ' / ' + deploys,
    fr: (rotation, opens, deploys) => 'R' + rotation + ' : ' + opens + ' / ' + deploys},
  nextEvaluation: {en: 'Next evaluation', fr: 'Prochaine évaluation'},
  budgetToDate: {en: 'Budget to date', fr: 'Budget à ce jour'},
  spentToDate: {en: 'Spent to date', fr: 'Dépensé à ce jour'},
  service: {en: 'Service', fr: 'Service'},
  committedOrAbroad: {en: 'Committed or abroad', fr: "Engagés ou à l'étranger"},
  releaseLimit: {en: 'Release limit', fr: 'Limite de libération'},
  arrivedThisFiscalYear: {en: 'Arrived in mission this fiscal year', fr: "Arrivés en mission au cours de l'exercice"},
  rank: {en: 'Rank', fr: 'Grade'},
  role: {en: 'Role', fr: 'Rôle'},
  tour: {en: 'Tour', fr: 'Affectation'},
  officer: {en: 'Officer', fr: 'Policier'},
  tourEnds: {en: 'Tour ends', fr: "Fin d'affectation"},
  rotation: {en: 'Rotation', fr: 'Rotation'},
  selectionOpens: {en: 'Selection opens', fr: 'Ouverture de la sélection'},
  deploys: {en: 'Deploys', fr: 'Déploiement'},
  nominated: {en: 'Nominated', fr: 'Proposés'},
  women: {en: 'Women', fr: 'Femmes'},
  share: {en: 'Share', fr: 'Proportion'},
  targetMet: {en: 'Target met', fr: 'Cible atteinte'},
  deployed: {en: 'Deployed', fr: 'Déployés'},
  womenDeployed: {en: 'Women deployed', fr: 'Femmes déployées'},
  owed: {en: 'Owed', fr: 'Dû'},
  yes: {en: 'yes', fr: 'oui'},
  no: {en: 'no', fr: 'non'},
  // coming up
  toursEndingWithin: {en: days => 'tours ending within ' + days + ' days',
    fr: days => "fins d'affectation d'ici " + days + ' jours'},
  listLabel: {en: title => title + ': ', fr: title => title + ' : '},
  rotationsOpening: {en: 'Rotations opening', fr: "Rotations qui s'ouvrent"},
  extensionsToDecide: {en: 'Extensions to decide', fr: 'Prolongations à décider'},
  noExtensions: {en: 'none', fr: 'aucune'},
  lateReports: {en: 'Late reports', fr: 'Rapports en retard'},
  noLateReports: {en: 'none', fr: 'aucun'},
  openIncidents: {en: 'Open incidents', fr: 'Incidents ouverts'},
  noOpenIncidents: {en: 'none', fr: 'aucun'},
  // women
  womenSummary: {
    en: (women, abroad, share, target) => women + ' women of ' + abroad + ' officers abroad (' + share + '; target '
      + target + ' % of the officers nominated per rotation).',
    fr: (women, abroad, share, target) => women + ' femmes sur ' + abroad + " policiers à l'étranger (" + share
      + '; cible de ' + frDecimal(target) + ' % des policiers proposés par rotation).'},
  // money
  spentInFiscalYear: {en: year => 'spent in fiscal year ' + year + ' (days abroad at the planning rates)',
    fr: year => "dépensé au cours de l'exercice " + year + " (jours à l'étranger aux taux de planification)"},
  yearlyEnvelope: {en: 'yearly envelope', fr: 'enveloppe annuelle'},
  envelopeLeft: {en: 'envelope left', fr: "solde de l'enveloppe"},
  recoveriesOwed: {en: 'recoveries owed to partner services', fr: 'recouvrements dus aux services partenaires'},
  fiscalYearNote: {
    en: (year, from, to) => 'Fiscal year ' + year + ': ' + from + ' to ' + to
      + '. Recoveries: salaries reimbursed for tours that ended in the year.',
    fr: (year, from, to) => 'Exercice ' + year + ' : du ' + from + ' au ' + to
      + ". Recouvrements : salaires remboursés pour les affectations terminées au cours de l'exercice."},
  // charts
  historyChartTitle: {en: 'Officers abroad per month, by mission', fr: "Policiers à l'étranger par mois, par mission"},
  officersAxis: {en: 'officers', fr: 'policiers'},
  capSeries: {en: 'cap', fr: 'plafond'},
  womenChartTitle: {en: 'Women among officers abroad', fr: "Femmes parmi les policiers à l'étranger"},
  womenSeries: {en: 'women', fr: 'femmes'},
  targetSeries: {en: 'target', fr: 'cible'},
  forecastChartTitle: {en: months => 'Capacity forecast: officers abroad, next ' + months + ' months',
    fr: months => "Prévision de capacité : policiers à l'étranger, " + months + ' prochains mois'},
  forecastSeries: {en: 'officers abroad (tours, extensions, planned rotations)',
    fr: "policiers à l'étranger (affectations, prolongations, rotations prévues)"},
  // the page
  loadingFigures: {en: 'Loading the program figures…', fr: 'Chargement des données du programme…'},
  pageTitle: {en: 'The program at a glance', fr: "Le programme en un coup d'œil"},
  asOf: {en: (date, scope) => 'As of ' + date + scope + '. Exports: ',
    fr: (date, scope) => 'En date du ' + date + scope + '. Exportations : '},
  toursCsv: {en: 'tours (CSV)', fr: 'affectations (CSV)'},
  missionsCsv: {en: 'missions (CSV)', fr: 'missions (CSV)'},
  missions: {en: 'Missions', fr: 'Missions'},
  capacityForecast: {en: 'Capacity forecast', fr: 'Prévision de capacité'},
  peak: {en: (officers, month, headroom) => 'Peak: ' + officers + ' officers in ' + month
      + ', headroom under the cap then: ' + headroom + '.',
    fr: (officers, month, headroom) => 'Sommet : ' + officers + ' policiers en ' + month
      + ', marge sous le plafond à ce moment : ' + headroom + '.'},
  comingUp: {en: 'Coming up', fr: 'À venir'},
  partnerServices: {en: 'Partner services', fr: 'Services partenaires'},
  byRank: {en: 'By rank', fr: 'Par grade'},
  byRole: {en: 'By role', fr: 'Par rôle'},
  money: {en: 'Money', fr: 'Finances'},
  loadFailed: {en: message => 'Could not load the program figures: ' + message,
    fr: message => 'Impossible de charger les données du programme : ' + message},
  // navigation and dashboard
  programNavigation: {en: 'Program', fr: 'Programme'},
  programDashboard: {en: 'The program', fr: 'Le programme'},
  loading: {en: 'Loading…', fr: 'Chargement…'},
  officersAbroad: {en: 'officers abroad', fr: "policiers à l'étranger"},
  cap: {en: 'cap', fr: 'plafond'},
  headroom: {en: 'headroom', fr: 'marge'},
  womenAbroad: {en: 'women abroad', fr: "femmes à l'étranger"},
  openProgramPage: {en: 'Open the Program page', fr: 'Ouvrir la page Programme'}
};

const t = translator(TEXTS);

// the application serves /api and the ECharts webjar at the root of its servlet context
const PROGRAM_API = '/api/program';
const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

let echartsModule;
function loadECharts() {
  echartsModule = echartsModule || import(ECHARTS);
  return echartsModule;
}

function getJson(url, headers) {
  return fetch(url, {credentials: 'same-origin', headers: Object.assign({Accept: 'application/json'}, headers || {})})
    .then(response => {
      if (!response.ok) {
        throw new Error(response.status === 403 || response.status === 401
          ? t('refused')
          : response.status + ' ' + response.statusText);
      }
      return response.json();
    });
}


const number = new Intl.NumberFormat(t('locale'));
const dollars = new Intl.NumberFormat(t('locale'), {style: 'currency', currency: 'CAD', maximumFractionDigits: 0});
function n(value) {
  return value === null || value === undefined ? '–' : number.format(value);
}
function money(value) {
  return value === null || value === undefined ? '–' : dollars.format(value);
}
function pct(value) {
  return value === null || value === undefined ? '–' : t('percent', value.toFixed(1));
}

function ensureStyles() {
  if (document.getElementById('cpa-program-styles')) {
    return;
  }
  document.head.append(el('style', {id: 'cpa-program-styles'}, `
    .cpa-program { padding: 15px 20px 40px; overflow: auto; height: 100%; }
    .cpa-program h2 { margin-top: 28px; font-size: 18px; }
    .cpa-tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 10px 0; }
    .cpa-tile { border: 1px solid #ddd; border-left: 4px solid #d52b1e; padding: 8px 14px; min-width: 150px; }
    .cpa-tile .cpa-value { font-size: 26px; font-weight: bold; }
    .cpa-tile .cpa-label { color: #666; }
    .cpa-chart { width: 100%; height: 360px; }
    .cpa-columns { display: flex; flex-wrap: wrap; gap: 24px; }
    .cpa-columns > div { flex: 1 1 420px; }
    .cpa-program table.cam-table td.cpa-num, .cpa-program table.cam-table th.cpa-num { text-align: right; }
    .cpa-dashboard { padding: 6px 0; }
  `));
}

function tile(id, label, value, title) {
  return el('div', {class: 'cpa-tile', title},
    el('div', {class: 'cpa-value', id}, value), el('div', {class: 'cpa-label'}, label));
}


function td(value, num) {
  return el('td', {class: num ? 'cpa-num' : null}, value);
}

/**
 * Links to Cockpit's search by business key: the running instances of each process key, mapped from their
 * business key to their definition (the user's rights decide which instances Cockpit lists); a key the user
 * cannot see stays plain text.
 */
function instanceLinks(api, processKeys) {
  const links = {};
  const headers = {'X-XSRF-TOKEN': api.CSRFToken};
  return Promise.all(processKeys.map(key =>
    getJson(api.engineApi + '/process-instance?processDefinitionKey=' + encodeURIComponent(key), headers)
      .then(instances => instances.forEach(i => {
        links[i.businessKey] = i.definitionId;
      }))
      .catch(() => undefined)))
    .then(() => businessKey => {
      const definitionId = links[businessKey];
      if (!definitionId) {
        return businessKey;
      }
      const search = JSON.stringify([{type: 'PIbusinessKey', operator: 'eq', value: businessKey}]);
      return el('a', {href: '#/process-definition/' + definitionId + '/runtime?searchQuery=' + encodeURIComponent(search),
        'data-business-key': businessKey}, businessKey);
    });
}

function summaryTiles(figures) {
  const tiles = [tile('cpa-abroad', t('abroadToday'), n(figures.abroad))];
  if (figures.cap !== null) {
    tiles.push(tile('cpa-cap', t('programCap'), n(figures.cap)),
      tile('cpa-committed', t('committedCeilings'), n(figures.committedCeilings)),
      tile('cpa-headroom', t('headroomUnderCap'), n(figures.headroom),
        t('headroomExplained')));
  }
  tiles.push(tile('cpa-women', t('womenAbroadTarget', figures.women.targetPercent), pct(figures.women.sharePercent)));
  return el('div', {class: 'cpa-tiles'}, ...tiles);
}

function missionsTable(figures, link) {
  return table('cpa-missions', [t('mission'), t('name'), t('status'), {label: t('ceiling'), num: true},
    {label: t('abroad'), num: true}, {label: t('filled'), num: true}, {label: t('vacancies'), num: true},
    t('nextRotation'), t('nextEvaluation'), {label: t('budgetToDate'), num: true}, {label: t('spentToDate'), num: true}],
  figures.missions.map(m => el('tr', {'data-mission': m.businessKey},
    el('td', {}, link(m.businessKey)), td(m.name), td(m.status), td(n(m.ceiling), true), td(n(m.abroad), true),
    td(n(m.filled), true), td(n(m.vacancies), true),
    td(m.nextRotation ? t('nextRotationValue', m.nextRotation.rotation, m.nextRotation.selectionOpensOn,
      m.nextRotation.deploysOn) : '–'),
    td(m.nextEvaluationOn || '–'), td(money(m.budgetToDate), true), td(money(m.spentToDate), true))));
}

function servicesTable(figures) {
  return table('cpa-services', [t('service'), {label: t('abroad'), num: true},
    {label: t('committedOrAbroad'), num: true}, {label: t('releaseLimit'), num: true},
    {label: t('arrivedThisFiscalYear'), num: true}],
  figures.services.map(s => el('tr', {'data-agency': s.agencyCode},
    td(s.name + ' (' + s.agencyCode + ')'), td(n(s.abroad), true), td(n(s.committed), true), td(n(s.releaseLimit), true),
    td(n(s.releasedThisFiscalYear), true))));
}

function countsTable(className, label, counts) {
  return table(className, [label, {label: t('abroad'), num: true}],
    Object.entries(counts).map(([key, value]) => el('tr', {}, td(key), td(n(value), true))));
}

function comingUpSection(figures, link) {
  const c = figures.comingUp;
  const horizons = Object.entries(c.toursEnding).map(([days, count]) =>
    tile('cpa-ending-' + days, t('toursEndingWithin', days), n(count)));
  const list = (title, none, keys) => el('p', {}, el('strong', {}, t('listLabel', title)),
    keys.length === 0 ? none : el('span', {}, ...keys.flatMap((k, i) => (i ? [', ', link(k)] : [link(k)]))));
  return el('div', {},
    el('div', {class: 'cpa-tiles'}, ...horizons),
    table('cpa-ending', [t('tour'), t('officer'), t('service'), t('mission'), t('tourEnds')],
      c.toursEndingList.map(e => el('tr', {}, el('td', {}, link(e.tourBusinessKey)), td(e.officer), td(e.agencyCode),
        el('td', {}, link(e.missionBusinessKey)), td(e.tourEndOn)))),
    el('h3', {}, t('rotationsOpening')),
    table('cpa-rotations', [t('mission'), t('rotation'), t('selectionOpens'), t('deploys')],
      c.rotationsOpening.map(r => el('tr', {}, el('td', {}, link(r.missionBusinessKey)), td('R' + r.rotation),
        td(r.selectionOpensOn), td(r.deploysOn)))),
    list(t('extensionsToDecide'), t('noExtensions'), c.extensionsToDecide),
    list(t('lateReports'), t('noLateReports'), c.lateReports),
    list(t('openIncidents'), t('noOpenIncidents'), c.openIncidents));
}

function womenSection(figures) {
  const w = figures.women;
  return el('div', {},
    el('p', {}, t('womenSummary', n(w.women), n(w.abroad), pct(w.sharePercent), w.targetPercent)),
    table('cpa-women-rotations', [t('mission'), t('rotation'), {label: t('nominated'), num: true},
      {label: t('women'), num: true}, {label: t('share'), num: true}, t('targetMet'), {label: t('deployed'), num: true},
      {label: t('womenDeployed'), num: true}],
    w.perRotation.map(r => el('tr', {}, td(r.missionBusinessKey), td('R' + r.rotation), td(n(r.nominated), true),
      td(n(r.nominatedWomen), true), td(pct(r.nominatedWomenPercent), true), td(r.targetMet ? t('yes') : t('no')),
      td(n(r.deployed), true), td(n(r.deployedWomen), true)))));
}

function moneySection(figures) {
  const m = figures.money;
  const tiles = [tile('cpa-spent', t('spentInFiscalYear', m.fiscalYear), money(m.spentThisFiscalYear))];
  if (m.envelope !== null) {
    tiles.push(tile('cpa-envelope', t('yearlyEnvelope'), money(m.envelope)),
      tile('cpa-envelope-left', t('envelopeLeft'), money(m.envelopeLeft)));
  }
  tiles.push(tile('cpa-recoveries', t('recoveriesOwed'), money(m.recoveriesOwedTotal)));
  return el('div', {}, el('div', {class: 'cpa-tiles'}, ...tiles),
    el('p', {class: 'text-muted'}, t('fiscalYearNote', m.fiscalYear, m.from, m.to)),
    table('cpa-recoveries', [t('service'), {label: t('owed'), num: true}],
      Object.entries(m.recoveriesOwed).map(([agency, amount]) => el('tr', {}, td(agency), td(money(amount), true)))));
}

/** draws a chart and resolves once ECharts has finished rendering it */
function drawChart(echarts, node, option) {
  return new Promise(resolve => {
    const chart = echarts.init(node);
    chart.on('finished', () => {
      node.setAttribute('data-drawn', 'true');
      resolve(chart);
    });
    // no animation: the figures are there at once (an animation held every chart back about a second)
    chart.setOption(Object.assign({animation: false}, option));
    window.addEventListener('resize', () => chart.resize());
  });
}

function historyOption(figures) {
  const months = figures.history.map(m => m.month);
  const missions = [...new Set(figures.history.flatMap(m => Object.keys(m.byMission)))].sort();
  return {
    title: {text: t('historyChartTitle'), left: 'center'},
    tooltip: {trigger: 'axis'},
    legend: {type: 'scroll', bottom: 0},
    grid: {left: 50, right: 30, top: 40, bottom: 70},
    dataZoom: [{type: 'inside'}, {type: 'slider', bottom: 30}],
    xAxis: {type: 'category', data: months},
    yAxis: {type: 'value', name: t('officersAxis')},
    series: missions.map(mission => ({name: mission, type: 'line', stack: 'abroad', areaStyle: {}, symbol: 'none',
      data: figures.history.map(m => m.byMission[mission] || 0)}))
      .concat(figures.cap === null ? [] : [{name: t('capSeries'), type: 'line', symbol: 'none', lineStyle: {type: 'dashed'},
        color: '#d52b1e', data: months.map(() => figures.cap)}])
  };
}

function womenOption(figures) {
  return {
    title: {text: t('womenChartTitle'), left: 'center'},
    tooltip: {trigger: 'axis', valueFormatter: v => (v === null ? '–' : t('percent', v))},
    grid: {left: 50, right: 30, top: 40, bottom: 40},
    xAxis: {type: 'category', data: figures.history.map(m => m.month)},
    yAxis: {type: 'value', name: '%', max: 100},
    series: [
      {name: t('womenSeries'), type: 'line', symbol: 'none',
        data: figures.history.map(m => (m.abroad ? Math.round(m.women * 1000 / m.abroad) / 10 : null))},
      {name: t('targetSeries'), type: 'line', symbol: 'none', lineStyle: {type: 'dashed'}, color: '#d52b1e',
        data: figures.history.map(() => figures.women.targetPercent)}]
  };
}

function forecastOption(forecast) {
  const months = forecast.months.map(m => m.month);
  return {
    title: {text: t('forecastChartTitle', months.length), left: 'center'},
    tooltip: {trigger: 'axis'},
    legend: {bottom: 0},
    grid: {left: 50, right: 30, top: 40, bottom: 50},
    xAxis: {type: 'category', data: months},
    yAxis: {type: 'value', name: t('officersAxis')},
    series: [
      {name: t('forecastSeries'), type: 'bar', data: forecast.months.map(m => m.officers)},
      {name: t('capSeries'), type: 'line', symbol: 'none', lineStyle: {type: 'dashed'}, color: '#d52b1e',
        data: months.map(() => forecast.cap)}]
  };
}

function renderProgramPage(node, api) {
  ensureStyles();
  const started = performance.now();
  const page = el('div', {class: 'cpa-program', id: 'cpa-program'}, el('p', {}, t('loadingFigures')));
  node.replaceChildren(page);
  Promise.all([getJson(PROGRAM_API), getJson(PROGRAM_API + '/forecast'), instanceLinks(api, ['mission', 'officer-deployment']),
    loadECharts()])
    .then(([figures, forecast, link, echarts]) => {
      const charts = {
        history: el('div', {class: 'cpa-chart', id: 'cpa-chart-history'}),
        women: el('div', {class: 'cpa-chart', id: 'cpa-chart-women'}),
        forecast: el('div', {class: 'cpa-chart', id: 'cpa-chart-forecast'})
      };
      const peak = forecast.peak;
      page.replaceChildren(
        el('h1', {}, t('pageTitle')),
        el('p', {class: 'text-muted'}, t('asOf', figures.asOf, figures.scope === 'program' ? '' : ' (' + figures.scope + ')'),
          el('a', {href: PROGRAM_API + '/tours.csv', id: 'cpa-export-tours'}, t('toursCsv')), ', ',
          el('a', {href: PROGRAM_API + '/missions.csv', id: 'cpa-export-missions'}, t('missionsCsv')), '.'),
        summaryTiles(figures),
        el('h2', {}, t('missions')), missionsTable(figures, link),
        charts.history,
        el('h2', {}, t('capacityForecast')),
        el('p', {id: 'cpa-forecast-peak'}, peak ? t('peak', n(peak.officers), peak.month, n(peak.headroom)) : ''),
        charts.forecast,
        el('h2', {}, t('comingUp')), comingUpSection(figures, link),
        el('h2', {}, t('partnerServices')), servicesTable(figures),
        el('div', {class: 'cpa-columns'},
          el('div', {}, el('h2', {}, t('byRank')), countsTable('cpa-ranks', t('rank'), figures.byRank)),
          el('div', {}, el('h2', {}, t('byRole')), countsTable('cpa-roles', t('role'), figures.byRole))),
        el('h2', {}, t('women')), womenSection(figures), charts.women,
        el('h2', {}, t('money')), moneySection(figures));
      return Promise.all([drawChart(echarts, charts.history, historyOption(figures)),
        drawChart(echarts, charts.women, womenOption(figures)),
        drawChart(echarts, charts.forecast, forecastOption(forecast))]);
    })
    .then(() => page.setAttribute('data-ready-ms', String(Math.round(performance.now() - started))))
    .catch(error => page.replaceChildren(el('div', {class: 'alert alert-danger', id: 'cpa-program-error'},
      t('loadFailed', error.message))));
}

const programNavigation = {
  id: 'cpa.program.navigation',
  pluginPoint: 'cockpit.navigation',
  priority: 50,
  properties: {
    pagePath: '#/program',
    label: t('programNavigation'),
    checkActive: path => path.indexOf('#/program') > -1
  }
};

const programRoute = {
  id: 'cpa.program.route',
  pluginPoint: 'cockpit.route',
  priority: 0,
  properties: {path: '/program', label: '/program'},
  render(node, {api}) {
    renderProgramPage(node, api);
  }
};

const programDashboard = {
  id: 'cpa.program.dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  properties: {label: t('programDashboard')},
  render(node) {
    ensureStyles();
    const panel = el('div', {class: 'cpa-dashboard', id: 'cpa-program-dashboard'}, t('loading'));
    node.replaceChildren(panel);
    getJson(PROGRAM_API)
      .then(figures => {
        const ending = Object.entries(figures.comingUp.toursEnding)[0];
        const tiles = [tile('cpa-dash-abroad', t('officersAbroad'), n(figures.abroad))];
        if (figures.cap !== null) {
          tiles.push(tile('cpa-dash-cap', t('cap'), n(figures.cap)),
            tile('cpa-dash-headroom', t('headroom'), n(figures.headroom)));
        }
        tiles.push(tile('cpa-dash-women', t('womenAbroad'), pct(figures.women.sharePercent)));
        if (ending) {
          tiles.push(tile('cpa-dash-ending', t('toursEndingWithin', ending[0]), n(ending[1])));
        }
        panel.replaceChildren(el('div', {class: 'cpa-tiles'}, ...tiles),
          el('a', {href: '#/program', class: 'btn btn-default'}, t('openProgramPage')));
      })
      .catch(error => panel.replaceChildren(el('p', {class: 'text-muted'}, error.message)));
  }
};

export default [programNavigation, programRoute, programDashboard];
