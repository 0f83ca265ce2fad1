/**
 * The search-site registry — data only (DESIGN.md "The flow of one search", first step).
 *
 * Each site lists its exact hostnames and the routes of its results pages: which path, and where
 * the query sits (a query parameter, a path segment or a POST form field). `extractQuery` reads
 * it; `matchPatterns` turns the hosts into manifest match patterns. Hosts are listed explicitly,
 * never with a top-level-domain wildcard, so a permission never reaches an unknown site.
 */

/** Where the query sits on a results page. */
export type QuerySpot =
  /** Query parameters, tried in order; the first non-empty one wins. */
  | { readonly param: readonly string[] }
  /**
   * Path segment at `segment` of `pathname.split('/')` (so `/search/zebra` → index 2).
   * `suffix` is cut off first (`-1.html`); `space` lists the characters the site reads as a
   * space in its paths (`+` on xnxx, `-` on eporner), replaced before percent-decoding so that
   * `%2B` stays `+`.
   */
  | { readonly segment: number; readonly suffix?: RegExp; readonly space?: string }
  /** A field of a POST form body (DuckDuckGo HTML, Startpage): read by `extractFormQuery`. */
  | { readonly form: string };

export interface Route {
  /** The URL path, compared as the browser sends it (still percent-encoded). */
  readonly path: string;
  /** `exact`: the path equals `path`; `prefix`: the path starts with it (`/search;_ylt=…`). */
  readonly match: 'exact' | 'prefix';
  readonly query: QuerySpot;
}

export interface SearchSite {
  readonly id: string;
  readonly name: string;
  readonly kind: 'engine' | 'video' | 'adult';
  /** Exact hostnames, lowercase, no scheme or port. */
  readonly hosts: readonly string[];
  /** Tried in order; the first route whose path matches and yields a query wins. */
  readonly routes: readonly Route[];
  /** The site's own search box, so an in-page submit can be read before it navigates. */
  readonly box?: { readonly selectors: readonly string[] };
}

const exact = (path: string, query: QuerySpot): Route => ({ path, match: 'exact', query });
const prefix = (path: string, query: QuerySpot): Route => ({ path, match: 'prefix', query });
const param = (...names: string[]): QuerySpot => ({ param: names });
const withWww = (...hosts: string[]): string[] => hosts.flatMap((h) => [h, `www.${h}`]);
const inputs = (...names: string[]): { selectors: string[] } => ({
  selectors: names.flatMap((n) => [`input[name="${n}"]`, `textarea[name="${n}"]`]),
});
/** For sites that put the query in the path: their box is the text field of a search form. */
const SEARCH_FORM_BOX = {
  selectors: [
    'form[action*="search"] input[type="text"]',
    'form[action*="search"] input[type="search"]',
  ],
};

/**
 * Google's country domains, listed one by one: a `google.*` wildcard does not exist in match
 * patterns, and would also cover domains Google does not own.
 */
// prettier-ignore
export const GOOGLE_TLDS: readonly string[] = [
  'com', 'nl', 'be', 'de', 'fr', 'co.uk', 'ie', 'ca', 'com.au', 'at', 'ch', 'es', 'it', 'pt',
  'pl', 'se', 'no', 'dk', 'fi', 'lu', 'is', 'cz', 'sk', 'hu', 'ro', 'bg', 'gr', 'hr', 'si', 'rs',
  'ba', 'ee', 'lv', 'lt', 'com.tr', 'com.ua', 'ru', 'co.nz', 'co.za', 'co.in', 'co.jp', 'co.kr',
  'com.br', 'com.mx', 'com.ar', 'cl', 'com.co', 'com.pe', 'com.sg', 'com.hk', 'com.tw', 'co.id',
  'com.my', 'com.ph', 'co.th', 'com.vn', 'com.pk', 'com.eg', 'com.sa', 'ae', 'co.il', 'com.ng',
  'co.ke', 'co.ma', 'dz', 'tn', 'sr', 'com.cy', 'com.mt', 'li', 'md', 'by', 'kz', 'ge', 'am',
];

// prettier-ignore
const YAHOO_COUNTRIES = [
  'nl', 'be', 'uk', 'ie', 'de', 'at', 'ch', 'fr', 'es', 'it', 'se', 'no', 'dk', 'fi', 'ca', 'au',
  'nz', 'in', 'sg', 'hk', 'tw', 'br', 'mx', 'ar',
];
const yahooHosts = ['', ...YAHOO_COUNTRIES.map((c) => `${c}.`)].flatMap((c) => [
  `${c}search.yahoo.com`,
  `${c}images.search.yahoo.com`,
  `${c}video.search.yahoo.com`,
]);

export const SITES: readonly SearchSite[] = [
  {
    id: 'google',
    name: 'Google',
    kind: 'engine',
    hosts: GOOGLE_TLDS.flatMap((tld) => withWww(`google.${tld}`)),
    // Web, images (`tbm=isch` / `udm=2`) and videos (`tbm=vid`) all live on /search.
    routes: [exact('/search', param('q'))],
    box: inputs('q'),
  },
  {
    id: 'bing',
    name: 'Bing',
    kind: 'engine',
    hosts: [...withWww('bing.com'), 'cn.bing.com'],
    routes: [
      exact('/search', param('q')),
      exact('/images/search', param('q')),
      exact('/videos/search', param('q')),
    ],
    box: inputs('q'),
  },
  {
    id: 'duckduckgo',
    name: 'DuckDuckGo',
    kind: 'engine',
    hosts: [...withWww('duckduckgo.com'), 'html.duckduckgo.com', 'lite.duckduckgo.com'],
    routes: [
      exact('/', param('q')),
      // The HTML and Lite versions take GET links but submit their own box as a POST form.
      prefix('/html', param('q')),
      prefix('/lite', param('q')),
      prefix('/html', { form: 'q' }),
      prefix('/lite', { form: 'q' }),
    ],
    box: inputs('q'),
  },
  {
    id: 'yahoo',
    name: 'Yahoo',
    kind: 'engine',
    hosts: yahooHosts,
    // Result paths carry tracking after a semicolon (`/search;_ylt=…`), hence prefixes;
    // `/yhs/search` is the "hosted search" that toolbars and partner start pages use.
    routes: [prefix('/search', param('p', 'q')), prefix('/yhs/search', param('p', 'q'))],
    box: inputs('p'),
  },
  {
    id: 'ecosia',
    name: 'Ecosia',
    kind: 'engine',
    hosts: withWww('ecosia.org'),
    routes: ['/search', '/images', '/videos', '/news'].map((p) => exact(p, param('q'))),
    box: inputs('q'),
  },
  {
    id: 'startpage',
    name: 'Startpage',
    kind: 'engine',
    hosts: [...withWww('startpage.com'), 'eu.startpage.com', 'us.startpage.com'],
    // Startpage submits its box as a POST by default; GET links use `query` (older: `q`).
    routes: ['/sp/search', '/do/search', '/do/dsearch', '/do/asearch'].flatMap((p) => [
      exact(p, param('query', 'q')),
      exact(p, { form: 'query' }),
    ]),
    box: inputs('query'),
  },
  {
    id: 'qwant',
    name: 'Qwant',
    kind: 'engine',
    hosts: [...withWww('qwant.com'), 'lite.qwant.com'],
    // Every vertical is the home path with `t=web|images|videos`.
    routes: [exact('/', param('q'))],
    box: inputs('q'),
  },
  {
    id: 'brave',
    name: 'Brave Search',
    kind: 'engine',
    hosts: ['search.brave.com'],
    routes: ['/search', '/images', '/videos', '/news'].map((p) => exact(p, param('q'))),
    box: inputs('q'),
  },
  {
    id: 'yandex',
    name: 'Yandex',
    kind: 'engine',
    hosts: [
      ...[
        'yandex.com',
        'yandex.ru',
        'yandex.com.tr',
        'yandex.kz',
        'yandex.by',
        'yandex.uz',
      ].flatMap((h) => withWww(h)),
      'ya.ru',
    ],
    // `/search/`, `/search/touch/` (mobile), `/images/search`, `/video/search`, and the mobile
    // image and video tabs `/images/touch/search`, `/video/touch/search`.
    routes: [
      '/search',
      '/images/search',
      '/video/search',
      '/images/touch/search',
      '/video/touch/search',
    ].map((p) => prefix(p, param('text'))),
    box: inputs('text'),
  },
  {
    id: 'ask',
    name: 'Ask',
    kind: 'engine',
    hosts: withWww('ask.com'),
    routes: [exact('/web', param('q'))],
    box: inputs('q'),
  },
  {
    id: 'youtube',
    name: 'YouTube',
    kind: 'video',
    hosts: [...withWww('youtube.com'), 'm.youtube.com'],
    // `q` is the old name, still honoured by YouTube's redirects.
    routes: [exact('/results', param('search_query', 'q'))],
    box: inputs('search_query'),
  },

  // The own search of the most visited adult video sites.
  {
    id: 'pornhub',
    name: 'Pornhub',
    kind: 'adult',
    hosts: [
      ...withWww('pornhub.com'),
      ...['de', 'fr', 'es', 'it', 'pt', 'pl', 'nl', 'jp'].map((c) => `${c}.pornhub.com`),
    ],
    // Videos, and the GIF search (`/gifs/search?search=`), the site's moving-image tab.
    routes: [
      exact('/video/search', param('search')),
      exact('/gay/video/search', param('search')),
      exact('/gifs/search', param('search')),
    ],
    box: inputs('search'),
  },
  {
    id: 'xvideos',
    name: 'XVideos',
    kind: 'adult',
    hosts: withWww('xvideos.com'),
    routes: [exact('/', param('k'))],
    box: inputs('k'),
  },
  {
    id: 'xnxx',
    name: 'XNXX',
    kind: 'adult',
    hosts: withWww('xnxx.com'),
    // `/search/{q}` and `/search/{q}/{page}`.
    routes: [prefix('/search/', { segment: 2, space: '+' })],
    box: SEARCH_FORM_BOX,
  },
  {
    id: 'xhamster',
    name: 'xHamster',
    kind: 'adult',
    hosts: [
      ...withWww('xhamster.com'),
      ...['de', 'fr', 'es', 'it', 'nl'].map((c) => `${c}.xhamster.com`),
    ],
    routes: [
      prefix('/search/', { segment: 2, space: '+' }),
      prefix('/gay/search/', { segment: 3, space: '+' }),
      prefix('/shemale/search/', { segment: 3, space: '+' }),
    ],
    box: SEARCH_FORM_BOX,
  },
  {
    id: 'redtube',
    name: 'RedTube',
    kind: 'adult',
    hosts: withWww('redtube.com'),
    routes: [exact('/', param('search'))],
    box: inputs('search'),
  },
  {
    id: 'youporn',
    name: 'YouPorn',
    kind: 'adult',
    hosts: withWww('youporn.com'),
    routes: [prefix('/search', param('query'))],
    box: inputs('query'),
  },
  {
    id: 'spankbang',
    name: 'SpankBang',
    kind: 'adult',
    hosts: withWww('spankbang.com'),
    // `/s/{q}/` and `/s/{q}/{page}/`.
    routes: [prefix('/s/', { segment: 2, space: '+' })],
    box: SEARCH_FORM_BOX,
  },
  {
    id: 'eporner',
    name: 'Eporner',
    kind: 'adult',
    hosts: withWww('eporner.com'),
    // `/search/{q}/` with `-` (or `+`) for spaces, `/search/{q}/{page}/`; `/search/?q=` also answers.
    routes: [prefix('/search/', { segment: 2, space: '-+' }), prefix('/search', param('q'))],
    box: SEARCH_FORM_BOX,
  },
  {
    id: 'tube8',
    name: 'Tube8',
    kind: 'adult',
    hosts: withWww('tube8.com'),
    // Both `/searches.html?q=` and `/searches.html/?q=` are in use.
    routes: [prefix('/searches.html', param('q'))],
    box: inputs('q'),
  },
  {
    id: 'youjizz',
    name: 'YouJizz',
    kind: 'adult',
    hosts: withWww('youjizz.com'),
    // `/search/{q}-{page}.html` with `-` (or `+`) for spaces.
    routes: [prefix('/search/', { segment: 2, suffix: /-\d+\.html$/, space: '-+' })],
    box: SEARCH_FORM_BOX,
  },
  {
    id: 'tnaflix',
    name: 'TNAFlix',
    kind: 'adult',
    hosts: withWww('tnaflix.com'),
    routes: [exact('/search', param('what'))],
    box: inputs('what'),
  },
  {
    id: 'motherless',
    name: 'Motherless',
    kind: 'adult',
    hosts: withWww('motherless.com'),
    // The box goes to `/search?term=`, which redirects to `/term/{type}/{q}`; `/term/{q}` is older.
    routes: [
      prefix('/term/videos/', { segment: 3, space: '+' }),
      prefix('/term/images/', { segment: 3, space: '+' }),
      prefix('/term/galleries/', { segment: 3, space: '+' }),
      prefix('/term/', { segment: 2, space: '+' }),
      prefix('/search', param('term')),
    ],
    box: inputs('term'),
  },
  {
    id: 'hqporner',
    name: 'HQporner',
    kind: 'adult',
    hosts: withWww('hqporner.com'),
    routes: [exact('/', param('q')), prefix('/search/', { segment: 2, space: '+' })],
    box: inputs('q'),
  },
  {
    id: 'txxx',
    name: 'Txxx',
    kind: 'adult',
    hosts: withWww('txxx.com'),
    // `/search/?s=`, `/search/{page}/?s=`, and the newer `/search/{q}/`.
    routes: [prefix('/search', param('s', 'q')), prefix('/search/', { segment: 2, space: '+' })],
    box: inputs('s'),
  },
];
