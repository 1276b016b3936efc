// CPA Cockpit plugin: the program at a glance.
//  - a panel on Cockpit's dashboard: officers abroad against the cap, headroom, women, tours ending soon;
//  - a "Program" page (navigation entry, route #/program): every figure of GET /api/program, with charts
//    (Apache ECharts from the application's jar: officers abroad per month stacked by mission, women share
//    over time, the 24-month capacity forecast), CSV exports, and rows that open their instances in Cockpit.
// The figures come from the application's /api/program, read in the user's web-app session (the server
// answers within the user's rights: cpa-managers, rcmp-ipob, gac-desk, administrators; anyone else is refused).

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
          ? 'The program figures are for program managers, IPOB and the GAC desk.'
          : response.status + ' ' + response.statusText);
      }
      return response.json();
    });
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  });
  children.forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

const number = new Intl.NumberFormat('en-CA');
const dollars = new Intl.NumberFormat('en-CA', {style: 'currency', currency: 'CAD', maximumFractionDigits: 0});
function n(value) {
  return value === null || value === undefined ? '–' : number.format(value);
}
function money(value) {
  return value === null || value === undefined ? '–' : dollars.format(value);
}
function pct(value) {
  return value === null || value === undefined ? '–' : value.toFixed(1) + ' %';
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

function table(className, headers, rows) {
  return el('table', {class: 'cam-table ' + className},
    el('thead', {}, el('tr', {}, ...headers.map(h => el('th', {class: h.num ? 'cpa-num' : null}, h.label || h)))),
    el('tbody', {}, ...rows));
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
  const tiles = [tile('cpa-abroad', 'officers abroad today', n(figures.abroad))];
  if (figures.cap !== null) {
    tiles.push(tile('cpa-cap', 'program cap', n(figures.cap)),
      tile('cpa-committed', 'committed (ceilings of missions not closed)', n(figures.committedCeilings)),
      tile('cpa-headroom', 'headroom under the cap', n(figures.headroom),
        'the cap less the ceilings of every mission not closed: what ministers can still approve'));
  }
  tiles.push(tile('cpa-women', 'women abroad (target ' + figures.women.targetPercent + ' %)', pct(figures.women.sharePercent)));
  return el('div', {class: 'cpa-tiles'}, ...tiles);
}

function missionsTable(figures, link) {
  return table('cpa-missions', ['Mission', 'Name', 'Status', {label: 'Ceiling', num: true}, {label: 'Abroad', num: true},
    {label: 'Filled', num: true}, {label: 'Vacancies', num: true}, 'Next rotation (selection opens / deploys)',
    'Next evaluation', {label: 'Budget to date', num: true}, {label: 'Spent to date', num: true}],
  figures.missions.map(m => el('tr', {'data-mission': m.businessKey},
    el('td', {}, link(m.businessKey)), td(m.name), td(m.status), td(n(m.ceiling), true), td(n(m.abroad), true),
    td(n(m.filled), true), td(n(m.vacancies), true),
    td(m.nextRotation ? 'R' + m.nextRotation.rotation + ': ' + m.nextRotation.selectionOpensOn + ' / '
      + m.nextRotation.deploysOn : '–'),
    td(m.nextEvaluationOn || '–'), td(money(m.budgetToDate), true), td(money(m.spentToDate), true))));
}

function servicesTable(figures) {
  return table('cpa-services', ['Service', {label: 'Abroad', num: true}, {label: 'Committed or abroad', num: true},
    {label: 'Release limit', num: true}, {label: 'Arrived in mission this fiscal year', num: true}],
  figures.services.map(s => el('tr', {'data-agency': s.agencyCode},
    td(s.name + ' (' + s.agencyCode + ')'), td(n(s.abroad), true), td(n(s.committed), true), td(n(s.releaseLimit), true),
    td(n(s.releasedThisFiscalYear), true))));
}

function countsTable(className, label, counts) {
  return table(className, [label, {label: 'Abroad', num: true}],
    Object.entries(counts).map(([key, value]) => el('tr', {}, td(key), td(n(value), true))));
}

function comingUpSection(figures, link) {
  const c = figures.comingUp;
  const horizons = Object.entries(c.toursEnding).map(([days, count]) =>
    tile('cpa-ending-' + days, 'tours ending within ' + days + ' days', n(count)));
  const list = (title, keys) => el('p', {}, el('strong', {}, title + ': '),
    keys.length === 0 ? 'none' : el('span', {}, ...keys.flatMap((k, i) => (i ? [', ', link(k)] : [link(k)]))));
  return el('div', {},
    el('div', {class: 'cpa-tiles'}, ...horizons),
    table('cpa-ending', ['Tour', 'Officer', 'Service', 'Mission', 'Tour ends'],
      c.toursEndingList.map(t => el('tr', {}, el('td', {}, link(t.tourBusinessKey)), td(t.officer), td(t.agencyCode),
        el('td', {}, link(t.missionBusinessKey)), td(t.tourEndOn)))),
    el('h3', {}, 'Rotations opening'),
    table('cpa-rotations', ['Mission', 'Rotation', 'Selection opens', 'Deploys'],
      c.rotationsOpening.map(r => el('tr', {}, el('td', {}, link(r.missionBusinessKey)), td('R' + r.rotation),
        td(r.selectionOpensOn), td(r.deploysOn)))),
    list('Extensions to decide', c.extensionsToDecide), list('Late reports', c.lateReports),
    list('Open incidents', c.openIncidents));
}

function womenSection(figures) {
  const w = figures.women;
  return el('div', {},
    el('p', {}, n(w.women) + ' women of ' + n(w.abroad) + ' officers abroad (' + pct(w.sharePercent) + '; target '
      + w.targetPercent + ' % of the officers nominated per rotation).'),
    table('cpa-women-rotations', ['Mission', 'Rotation', {label: 'Nominated', num: true}, {label: 'Women', num: true},
      {label: 'Share', num: true}, 'Target met', {label: 'Deployed', num: true}, {label: 'Women deployed', num: true}],
    w.perRotation.map(r => el('tr', {}, td(r.missionBusinessKey), td('R' + r.rotation), td(n(r.nominated), true),
      td(n(r.nominatedWomen), true), td(pct(r.nominatedWomenPercent), true), td(r.targetMet ? 'yes' : 'no'),
      td(n(r.deployed), true), td(n(r.deployedWomen), true)))));
}

function moneySection(figures) {
  const m = figures.money;
  const tiles = [tile('cpa-spent', 'spent in fiscal year ' + m.fiscalYear + ' (days abroad at the planning rates)',
    money(m.spentThisFiscalYear))];
  if (m.envelope !== null) {
    tiles.push(tile('cpa-envelope', 'yearly envelope', money(m.envelope)),
      tile('cpa-envelope-left', 'envelope left', money(m.envelopeLeft)));
  }
  tiles.push(tile('cpa-recoveries', 'recoveries owed to partner services', money(m.recoveriesOwedTotal)));
  return el('div', {}, el('div', {class: 'cpa-tiles'}, ...tiles),
    el('p', {class: 'text-muted'}, 'Fiscal year ' + m.fiscalYear + ': ' + m.from + ' to ' + m.to
      + '. Recoveries: salaries reimbursed for tours that ended in the year.'),
    table('cpa-recoveries', ['Service', {label: 'Owed', num: true}],
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
    title: {text: 'Officers abroad per month, by mission', left: 'center'},
    tooltip: {trigger: 'axis'},
    legend: {type: 'scroll', bottom: 0},
    grid: {left: 50, right: 30, top: 40, bottom: 70},
    dataZoom: [{type: 'inside'}, {type: 'slider', bottom: 30}],
    xAxis: {type: 'category', data: months},
    yAxis: {type: 'value', name: 'officers'},
    series: missions.map(mission => ({name: mission, type: 'line', stack: 'abroad', areaStyle: {}, symbol: 'none',
      data: figures.history.map(m => m.byMission[mission] || 0)}))
      .concat(figures.cap === null ? [] : [{name: 'cap', type: 'line', symbol: 'none', lineStyle: {type: 'dashed'},
        color: '#d52b1e', data: months.map(() => figures.cap)}])
  };
}

function womenOption(figures) {
  return {
    title: {text: 'Women among officers abroad', left: 'center'},
    tooltip: {trigger: 'axis', valueFormatter: v => (v === null ? '–' : v + ' %')},
    grid: {left: 50, right: 30, top: 40, bottom: 40},
    xAxis: {type: 'category', data: figures.history.map(m => m.month)},
    yAxis: {type: 'value', name: '%', max: 100},
    series: [
      {name: 'women', type: 'line', symbol: 'none',
        data: figures.history.map(m => (m.abroad ? Math.round(m.women * 1000 / m.abroad) / 10 : null))},
      {name: 'target', type: 'line', symbol: 'none', lineStyle: {type: 'dashed'}, color: '#d52b1e',
        data: figures.history.map(() => figures.women.targetPercent)}]
  };
}

function forecastOption(forecast) {
  const months = forecast.months.map(m => m.month);
  return {
    title: {text: 'Capacity forecast: officers abroad, next ' + months.length + ' months', left: 'center'},
    tooltip: {trigger: 'axis'},
    legend: {bottom: 0},
    grid: {left: 50, right: 30, top: 40, bottom: 50},
    xAxis: {type: 'category', data: months},
    yAxis: {type: 'value', name: 'officers'},
    series: [
      {name: 'officers abroad (tours, extensions, planned rotations)', type: 'bar', data: forecast.months.map(m => m.officers)},
      {name: 'cap', type: 'line', symbol: 'none', lineStyle: {type: 'dashed'}, color: '#d52b1e',
        data: months.map(() => forecast.cap)}]
  };
}

function renderProgramPage(node, api) {
  ensureStyles();
  const started = performance.now();
  const page = el('div', {class: 'cpa-program', id: 'cpa-program'}, el('p', {}, 'Loading the program figures…'));
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
        el('h1', {}, 'The program at a glance'),
        el('p', {class: 'text-muted'}, 'As of ' + figures.asOf + (figures.scope === 'program' ? '' : ' (' + figures.scope + ')')
          + '. Exports: ', el('a', {href: PROGRAM_API + '/tours.csv', id: 'cpa-export-tours'}, 'tours (CSV)'), ', ',
          el('a', {href: PROGRAM_API + '/missions.csv', id: 'cpa-export-missions'}, 'missions (CSV)'), '.'),
        summaryTiles(figures),
        el('h2', {}, 'Missions'), missionsTable(figures, link),
        charts.history,
        el('h2', {}, 'Capacity forecast'),
        el('p', {id: 'cpa-forecast-peak'}, peak ? 'Peak: ' + n(peak.officers) + ' officers in ' + peak.month
          + ', headroom under the cap then: ' + n(peak.headroom) + '.' : ''),
        charts.forecast,
        el('h2', {}, 'Coming up'), comingUpSection(figures, link),
        el('h2', {}, 'Partner services'), servicesTable(figures),
        el('div', {class: 'cpa-columns'},
          el('div', {}, el('h2', {}, 'By rank'), countsTable('cpa-ranks', 'Rank', figures.byRank)),
          el('div', {}, el('h2', {}, 'By role'), countsTable('cpa-roles', 'Role', figures.byRole))),
        el('h2', {}, 'Women'), womenSection(figures), charts.women,
        el('h2', {}, 'Money'), moneySection(figures));
      return Promise.all([drawChart(echarts, charts.history, historyOption(figures)),
        drawChart(echarts, charts.women, womenOption(figures)),
        drawChart(echarts, charts.forecast, forecastOption(forecast))]);
    })
    .then(() => page.setAttribute('data-ready-ms', String(Math.round(performance.now() - started))))
    .catch(error => page.replaceChildren(el('div', {class: 'alert alert-danger', id: 'cpa-program-error'},
      'Could not load the program figures: ' + error.message)));
}

const programNavigation = {
  id: 'cpa.program.navigation',
  pluginPoint: 'cockpit.navigation',
  priority: 50,
  properties: {
    pagePath: '#/program',
    label: 'Program',
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
  properties: {label: 'The program'},
  render(node) {
    ensureStyles();
    const panel = el('div', {class: 'cpa-dashboard', id: 'cpa-program-dashboard'}, 'Loading…');
    node.replaceChildren(panel);
    getJson(PROGRAM_API)
      .then(figures => {
        const ending = Object.entries(figures.comingUp.toursEnding)[0];
        const tiles = [tile('cpa-dash-abroad', 'officers abroad', n(figures.abroad))];
        if (figures.cap !== null) {
          tiles.push(tile('cpa-dash-cap', 'cap', n(figures.cap)), tile('cpa-dash-headroom', 'headroom', n(figures.headroom)));
        }
        tiles.push(tile('cpa-dash-women', 'women abroad', pct(figures.women.sharePercent)));
        if (ending) {
          tiles.push(tile('cpa-dash-ending', 'tours ending within ' + ending[0] + ' days', n(ending[1])));
        }
        panel.replaceChildren(el('div', {class: 'cpa-tiles'}, ...tiles),
          el('a', {href: '#/program', class: 'btn btn-default'}, 'Open the Program page'));
      })
      .catch(error => panel.replaceChildren(el('p', {class: 'text-muted'}, error.message)));
  }
};

export default [programNavigation, programRoute, programDashboard];
