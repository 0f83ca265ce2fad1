// The reach dashboard: fixed period presets, one chart per figure, a table and a CSV link.
// Plain browser module, no build step. uPlot comes from /assets/uPlot.iife.min.js (global).
// Texts in nl, en or fr (strings.js), picked from the browser's language like the sign-in page.

import { STRINGS, fill, pickLanguage } from './strings.js';

/** @typedef {'reports' | 'shown' | 'help' | 'selfhelp' | 'safe' | 'continued' | 'pause'} Key */
/** @typedef {{ period: string } & Record<Key, number | null>} Row */
/** @typedef {{ label: string, rows: Row[] }} Series */

/** @type {Key[]} */
const KEYS = ['reports', 'shown', 'help', 'selfhelp', 'safe', 'continued', 'pause'];

const lang = pickLanguage(navigator.language);
const T = STRINGS[lang];

/** Column and chart titles. */
const TITLES = {
  reports: T.titleReports,
  shown: T.titleShown,
  help: T.titleHelp,
  selfhelp: T.titleSelfhelp,
  safe: T.titleSafe,
  continued: T.titleContinued,
  pause: T.titlePause,
  rate: T.titleRate,
};

/** Short column headers for the table. */
const HEADERS = {
  reports: T.headReports,
  shown: T.headShown,
  help: T.headHelp,
  selfhelp: T.headSelfhelp,
  safe: T.headSafe,
  continued: T.headContinued,
  pause: T.headPause,
  rate: T.headRate,
};

const DIM_NAMES = {
  region: T.dimRegion,
  lang: T.dimLang,
  campaign: T.dimCampaign,
  variant: T.dimVariant,
  version: T.dimVersion,
};

/** Counts and rates written the language's way (40.0% in English, 40,0 % in French). */
const countFormat = new Intl.NumberFormat(lang);
const rateFormat = new Intl.NumberFormat(lang, {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const tickFormat = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
/** Dates on the charts' time axis the language's way ("9 Nov", "9 nov."); legend: YYYY-MM-DD. */
const tickDate = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const isoDate = (/** @type {number} */ ts) => new Date(ts * 1000).toISOString().slice(0, 10);

/** Puts the page's fixed texts in the chosen language. */
function translatePage() {
  document.documentElement.lang = lang;
  document.title = T.doc;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const key = /** @type {keyof typeof T} */ (el.getAttribute('data-i18n'));
    if (T[key]) el.textContent = T[key];
  }
  for (const el of document.querySelectorAll('[data-i18n-title]')) {
    const key = /** @type {keyof typeof T} */ (el.getAttribute('data-i18n-title'));
    if (T[key]) el.setAttribute('title', T[key]);
  }
  for (const el of document.querySelectorAll('[data-i18n-aria-label]')) {
    const key = /** @type {keyof typeof T} */ (el.getAttribute('data-i18n-aria-label'));
    if (T[key]) el.setAttribute('aria-label', T[key]);
  }
}

/** Fixed ranges only (no free dates, so two ranges cannot be subtracted from each other). */
const PRESETS = {
  day: [14, 28, 90],
  week: [8, 26, 52],
};

const COLOURS = ['#2f6f8f', '#b5651d', '#4f7f3a', '#7a4f8f', '#8f2f4f', '#5f6b73', '#a08a2a'];
const DAY_MS = 86_400_000;

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const bySelect = /** @type {HTMLSelectElement} */ ($('by'));
const rangeSelect = /** @type {HTMLSelectElement} */ ($('range'));
const dimSelect = /** @type {HTMLSelectElement} */ ($('dim'));
const csvLink = /** @type {HTMLAnchorElement} */ ($('csv'));
const status = $('status');
const chartsEl = $('charts');
const table = /** @type {HTMLTableElement} */ ($('table'));

/** @param {string} day YYYY-MM-DD @param {number} n */
const addDays = (day, n) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The Monday of the ISO week holding `day` (UTC). @param {string} day */
function monday(day) {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** @param {'day' | 'week'} by @param {number} n @returns {{ from: string, to: string }} */
function range(by, n) {
  const today = new Date().toISOString().slice(0, 10);
  if (by === 'week') return { from: addDays(monday(today), -7 * (n - 1)), to: today };
  return { from: addDays(today, -(n - 1)), to: today };
}

function fillPresets() {
  const by = /** @type {'day' | 'week'} */ (bySelect.value);
  rangeSelect.replaceChildren(
    ...PRESETS[by].map((n) => {
      const option = document.createElement('option');
      option.value = String(n);
      option.textContent = fill(by === 'week' ? T.lastWeeks : T.lastDays, { n });
      return option;
    }),
  );
}

/** @param {string} url */
async function getJson(url) {
  const res = await fetch(url, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (res.status === 401) {
    location.assign('/login');
    throw new Error('login required');
  }
  if (!res.ok) {
    const body = await res.json().catch(() => ({}));
    throw new Error(body.error || fill(T.serverAnswered, { status: res.status }));
  }
  return res.json();
}

/** help / shown from the rounded numbers; null when either is hidden or nothing was shown. */
const rate = (/** @type {Row} */ row) =>
  row.help === null || row.shown === null || row.shown === 0 ? null : row.help / row.shown;

const formatRate = (/** @type {number} */ r) => rateFormat.format(r);
const formatCount = (/** @type {number} */ n) => countFormat.format(n);

/** @param {'day' | 'week'} by @param {string} from @param {string} to @param {string} dim */
async function load(by, from, to, dim) {
  const base = new URLSearchParams({ from, to, by });
  /** @type {Series[]} */
  const series = [];
  if (!dim) {
    series.push({ label: T.allReports, rows: (await getJson(`/v1/stats?${base}`)).rows });
  } else {
    const { values } = await getJson(`/v1/values?${new URLSearchParams({ dim, from, to, by })}`);
    // The API takes one filter at a time: one request per value.
    const all = await Promise.all(
      values.map((/** @type {string} */ value) => {
        const q = new URLSearchParams(base);
        q.set(dim, value);
        return getJson(`/v1/stats?${q}`);
      }),
    );
    values.forEach((/** @type {string} */ value, /** @type {number} */ i) =>
      series.push({ label: value === '' ? T.noneValue : value, rows: all[i].rows }),
    );
  }
  return series;
}

/** Inner width of a chart's box (two columns on wide screens, one on narrow ones). */
const chartWidth = (/** @type {HTMLElement} */ el) => Math.max(240, el.clientWidth - 16);

/** @type {Array<{ destroy(): void, setSize(s: { width: number, height: number }): void }>} */
let plots = [];

/** @param {Series[]} series @param {'day' | 'week'} by */
function drawCharts(series, by) {
  for (const p of plots) p.destroy();
  plots = [];
  chartsEl.replaceChildren();
  const uPlot = /** @type {any} */ (window).uPlot;
  if (!uPlot || !series.length) return;
  const periods = series[0].rows.map((r) => r.period);
  const xs = periods.map((p) => Date.parse(`${p}T00:00:00Z`) / 1000);

  for (const key of [...KEYS, 'rate']) {
    const figure = document.createElement('figure');
    figure.className = 'chart';
    const caption = document.createElement('figcaption');
    caption.textContent = TITLES[/** @type {keyof TITLES} */ (key)];
    figure.append(caption);
    chartsEl.append(figure);
    const width = chartWidth(figure);
    const data = [
      xs,
      ...series.map((s) => {
        const byPeriod = new Map(s.rows.map((r) => [r.period, r]));
        return periods.map((p) => {
          const row = byPeriod.get(p);
          if (!row) return null;
          if (key === 'rate') {
            const r = rate(row);
            return r === null ? null : Math.round(r * 1000) / 10;
          }
          return row[/** @type {Key} */ (key)];
        });
      }),
    ];
    const plot = new uPlot(
      {
        width,
        height: 200,
        tzDate: (/** @type {number} */ ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        legend: { show: series.length > 1 },
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, max > 0 ? max : 5] } },
        axes: [
          {
            space: by === 'week' ? 70 : 60,
            values: (_u, ticks) =>
              ticks.map((/** @type {number} */ t) => tickDate.format(new Date(t * 1000))),
          },
          key === 'rate'
            ? {
                values: (_u, ticks) =>
                  ticks.map((/** @type {number} */ t) => tickFormat.format(t / 100)),
              }
            : {},
        ],
        series: [
          {
            label: by === 'week' ? T.axisWeek : T.axisDay,
            value: (_u, /** @type {number | null} */ v) => (v === null ? '—' : isoDate(v)),
          },
          ...series.map((s, i) => ({
            label: s.label,
            stroke: COLOURS[i % COLOURS.length],
            width: 2,
            points: { show: true, size: 5 },
            spanGaps: false,
          })),
        ],
      },
      data,
      figure,
    );
    plots.push(plot);
  }
}

/** @param {number | null} value @param {(n: number) => string} [format] */
function cell(value, format = formatCount) {
  const td = document.createElement('td');
  if (value === null) {
    const abbr = document.createElement('abbr');
    abbr.title = T.hidden;
    abbr.textContent = '—';
    td.append(abbr);
    td.className = 'hidden-cell';
  } else {
    td.textContent = format(value);
  }
  return td;
}

/** @param {Series[]} series @param {'day' | 'week'} by @param {string} dim */
function drawTable(series, by, dim) {
  const thead = /** @type {HTMLTableSectionElement} */ (table.tHead);
  const tbody = table.tBodies[0];
  const head = document.createElement('tr');
  const columns = [by === 'week' ? T.colWeek : T.colDay];
  if (dim) columns.push(DIM_NAMES[/** @type {keyof DIM_NAMES} */ (dim)]);
  columns.push(...KEYS.map((k) => HEADERS[k]), HEADERS.rate);
  for (const name of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = name;
    head.append(th);
  }
  thead.replaceChildren(head);

  /** @type {HTMLTableRowElement[]} */
  const rows = [];
  const periods = series[0]?.rows.map((r) => r.period) ?? [];
  for (const period of periods) {
    for (const s of series) {
      const row = s.rows.find((r) => r.period === period);
      if (!row) continue;
      const tr = document.createElement('tr');
      tr.dataset.period = period;
      if (dim) tr.dataset.value = s.label;
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = period;
      tr.append(th);
      if (dim) {
        const td = document.createElement('td');
        td.textContent = s.label;
        tr.append(td);
      }
      for (const key of KEYS) {
        const td = cell(row[key]);
        td.dataset.key = key;
        tr.append(td);
      }
      const r = cell(rate(row), formatRate);
      r.dataset.key = 'rate';
      tr.append(r);
      rows.push(tr);
    }
  }
  if (!rows.length) {
    const tr = document.createElement('tr');
    const td = document.createElement('td');
    td.colSpan = columns.length;
    td.textContent = dim ? T.noValue : T.noData;
    tr.append(td);
    rows.push(tr);
  }
  tbody.replaceChildren(...rows);
}

let generation = 0;

async function update() {
  const by = /** @type {'day' | 'week'} */ (bySelect.value);
  const n = Number(rangeSelect.value);
  const dim = dimSelect.value;
  const { from, to } = range(by, n);
  const csv = new URLSearchParams({ from, to, by });
  if (dim) csv.set('split', dim);
  csvLink.href = `/v1/stats.csv?${csv}`;
  csvLink.setAttribute('download', `keerpunt-reach-${by}-${from}-${to}${dim ? `-${dim}` : ''}.csv`);

  const mine = ++generation;
  status.textContent = T.loading;
  try {
    const series = await load(by, from, to, dim);
    if (mine !== generation) return;
    drawTable(series, by, dim);
    drawCharts(series, by);
    status.textContent = dim
      ? fill(T.showingSplit, {
          from,
          to,
          dim: DIM_NAMES[/** @type {keyof DIM_NAMES} */ (dim)].toLocaleLowerCase(lang),
        })
      : fill(T.showing, { from, to });
  } catch (e) {
    if (mine !== generation) return;
    status.textContent = fill(T.failed, { reason: e instanceof Error ? e.message : String(e) });
  }
}

bySelect.addEventListener('change', () => {
  fillPresets();
  void update();
});
rangeSelect.addEventListener('change', () => void update());
dimSelect.addEventListener('change', () => void update());
$('controls').addEventListener('submit', (e) => e.preventDefault());

let resizeTimer = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => {
    const first = chartsEl.querySelector('.chart');
    if (!first) return;
    const width = chartWidth(/** @type {HTMLElement} */ (first));
    for (const p of plots) p.setSize({ width, height: 200 });
  }, 150);
});

translatePage();
fillPresets();
void update();
