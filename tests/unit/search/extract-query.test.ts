import { describe, expect, it } from 'vitest';
import { extractFormQuery, extractQuery } from '../../../lib/search/extract-query';
import { SITES } from '../../../lib/search/registry';

// Neutral placeholder words: these tests are about URL shapes, not content.
const TWO = 'zebra giraffe';
const UTF8 = 'zébra';

/** [site id, URL, query]: per site a `+`, a `%20`, a UTF-8 and an extra-parameters shape. */
// prettier-ignore
const SHAPES: [string, string, string][] = [
  ['google', 'https://www.google.nl/search?q=zebra+giraffe', TWO],
  ['google', 'https://www.google.com/search?q=zebra%20giraffe', TWO],
  ['google', 'https://www.google.de/search?q=z%C3%A9bra', UTF8],
  ['google', 'https://www.google.co.uk/search?client=firefox-b-d&q=zebra&tbm=isch&sa=X', 'zebra'],
  ['google', 'https://google.be/search?sca_esv=1a2b&q=zebra+giraffe&udm=2', TWO],
  ['google', 'https://www.google.com.au/search?q=zebra&tbm=vid&source=lnms', 'zebra'],
  ['bing', 'https://www.bing.com/search?q=zebra+giraffe&form=QBLH', TWO],
  ['bing', 'https://www.bing.com/images/search?q=zebra%20giraffe&form=HDRSC2', TWO],
  ['bing', 'https://www.bing.com/videos/search?q=z%C3%A9bra', UTF8],
  ['bing', 'https://cn.bing.com/search?pglt=41&q=zebra&cvid=abc&FORM=ANNTA1', 'zebra'],
  ['duckduckgo', 'https://duckduckgo.com/?q=zebra+giraffe&t=h_&ia=web', TWO],
  ['duckduckgo', 'https://html.duckduckgo.com/html/?q=zebra%20giraffe', TWO],
  ['duckduckgo', 'https://duckduckgo.com/html/?q=z%C3%A9bra', UTF8],
  ['duckduckgo', 'https://duckduckgo.com/?t=ffab&q=zebra&ia=images&iax=images', 'zebra'],
  ['duckduckgo', 'https://lite.duckduckgo.com/lite/?q=zebra+giraffe&kl=nl-nl', TWO],
  ['yahoo', 'https://search.yahoo.com/search?p=zebra+giraffe&fr=yfp-t', TWO],
  ['yahoo', 'https://nl.search.yahoo.com/search;_ylt=AwrFF;_ylc=X1MDMjc?p=zebra%20giraffe&fr2=sb-top', TWO],
  ['yahoo', 'https://uk.images.search.yahoo.com/search/images?p=z%C3%A9bra', UTF8],
  ['yahoo', 'https://video.search.yahoo.com/search/video?fr=yfp&p=zebra&ei=UTF-8', 'zebra'],
  ['yahoo', 'https://search.yahoo.com/yhs/search?hspart=mozilla&p=zebra+giraffe&type=x', TWO],
  ['ecosia', 'https://www.ecosia.org/search?method=index&q=zebra+giraffe', TWO],
  ['ecosia', 'https://www.ecosia.org/images?q=zebra%20giraffe', TWO],
  ['ecosia', 'https://www.ecosia.org/videos?q=z%C3%A9bra', UTF8],
  ['ecosia', 'https://www.ecosia.org/search?addon=firefox&q=zebra&method=topbar', 'zebra'],
  ['startpage', 'https://www.startpage.com/sp/search?query=zebra+giraffe&cat=web&pl=ext-ff', TWO],
  ['startpage', 'https://www.startpage.com/do/dsearch?query=zebra%20giraffe&cat=images', TWO],
  ['startpage', 'https://www.startpage.com/sp/search?query=z%C3%A9bra', UTF8],
  ['startpage', 'https://www.startpage.com/do/search?lui=dutch&q=zebra&language=dutch', 'zebra'],
  ['qwant', 'https://www.qwant.com/?q=zebra+giraffe&t=web', TWO],
  ['qwant', 'https://www.qwant.com/?t=images&q=zebra%20giraffe', TWO],
  ['qwant', 'https://lite.qwant.com/?q=z%C3%A9bra', UTF8],
  ['qwant', 'https://www.qwant.com/?l=nl&q=zebra&t=videos', 'zebra'],
  ['brave', 'https://search.brave.com/search?q=zebra+giraffe&source=web', TWO],
  ['brave', 'https://search.brave.com/images?q=zebra%20giraffe', TWO],
  ['brave', 'https://search.brave.com/videos?q=z%C3%A9bra', UTF8],
  ['brave', 'https://search.brave.com/search?source=desktop&q=zebra&tf=pw', 'zebra'],
  ['yandex', 'https://yandex.com/search/?text=zebra+giraffe&lr=87', TWO],
  ['yandex', 'https://yandex.ru/images/search?text=zebra%20giraffe', TWO],
  ['yandex', 'https://ya.ru/search/?text=z%C3%A9bra', UTF8],
  ['yandex', 'https://yandex.com.tr/video/search?from=tabbar&text=zebra&p=1', 'zebra'],
  ['yandex', 'https://yandex.ru/search/touch/?text=zebra+giraffe', TWO],
  ['yandex', 'https://yandex.ru/images/touch/search?text=zebra+giraffe&source=tabbar', TWO],
  ['yandex', 'https://yandex.com/video/touch/search?text=z%C3%A9bra', UTF8],
  ['ask', 'https://www.ask.com/web?q=zebra+giraffe', TWO],
  ['ask', 'https://www.ask.com/web?q=zebra%20giraffe&qo=homepageSearchBox', TWO],
  ['ask', 'https://www.ask.com/web?q=z%C3%A9bra', UTF8],
  ['ask', 'https://www.ask.com/web?o=0&l=dir&q=zebra&qo=serpSearchTopBox', 'zebra'],
  ['youtube', 'https://www.youtube.com/results?search_query=zebra+giraffe', TWO],
  ['youtube', 'https://m.youtube.com/results?search_query=zebra%20giraffe&sp=EgIQAQ%253D%253D', TWO],
  ['youtube', 'https://www.youtube.com/results?search_query=z%C3%A9bra', UTF8],
  ['youtube', 'https://www.youtube.com/results?app=desktop&search_query=zebra&sp=CAI', 'zebra'],
  ['pornhub', 'https://www.pornhub.com/video/search?search=zebra+giraffe', TWO],
  ['pornhub', 'https://de.pornhub.com/video/search?search=zebra%20giraffe', TWO],
  ['pornhub', 'https://www.pornhub.com/video/search?search=z%C3%A9bra', UTF8],
  ['pornhub', 'https://www.pornhub.com/video/search?o=mr&search=zebra&page=2', 'zebra'],
  ['pornhub', 'https://www.pornhub.com/gay/video/search?search=zebra+giraffe', TWO],
  ['pornhub', 'https://www.pornhub.com/gifs/search?search=zebra+giraffe', TWO],
  ['xvideos', 'https://www.xvideos.com/?k=zebra+giraffe', TWO],
  ['xvideos', 'https://www.xvideos.com/?k=zebra%20giraffe', TWO],
  ['xvideos', 'https://www.xvideos.com/?k=z%C3%A9bra', UTF8],
  ['xvideos', 'https://www.xvideos.com/?sort=relevance&k=zebra&durf=allduration&p=2', 'zebra'],
  ['xnxx', 'https://www.xnxx.com/search/zebra+giraffe', TWO],
  ['xnxx', 'https://www.xnxx.com/search/zebra%20giraffe', TWO],
  ['xnxx', 'https://www.xnxx.com/search/z%C3%A9bra', UTF8],
  ['xnxx', 'https://www.xnxx.com/search/zebra+giraffe/2?sort=new&top', TWO],
  ['xhamster', 'https://xhamster.com/search/zebra+giraffe', TWO],
  ['xhamster', 'https://xhamster.com/search/zebra%20giraffe', TWO],
  ['xhamster', 'https://xhamster.com/search/z%C3%A9bra?quality=720p', UTF8],
  ['xhamster', 'https://de.xhamster.com/search/zebra?page=2&sort=newest', 'zebra'],
  ['xhamster', 'https://xhamster.com/gay/search/zebra+giraffe', TWO],
  ['redtube', 'https://www.redtube.com/?search=zebra+giraffe', TWO],
  ['redtube', 'https://www.redtube.com/?search=zebra%20giraffe', TWO],
  ['redtube', 'https://www.redtube.com/?search=z%C3%A9bra', UTF8],
  ['redtube', 'https://www.redtube.com/?page=2&search=zebra&ordering=newest', 'zebra'],
  ['youporn', 'https://www.youporn.com/search/?query=zebra+giraffe', TWO],
  ['youporn', 'https://www.youporn.com/search/?query=zebra%20giraffe', TWO],
  ['youporn', 'https://www.youporn.com/search/?query=z%C3%A9bra', UTF8],
  ['youporn', 'https://www.youporn.com/search/?page=2&query=zebra&type=straight', 'zebra'],
  ['spankbang', 'https://spankbang.com/s/zebra+giraffe/', TWO],
  ['spankbang', 'https://spankbang.com/s/zebra%20giraffe/', TWO],
  ['spankbang', 'https://spankbang.com/s/z%C3%A9bra/', UTF8],
  ['spankbang', 'https://spankbang.com/s/zebra+giraffe/2/?o=new&d=10', TWO],
  ['eporner', 'https://www.eporner.com/search/zebra-giraffe/', TWO],
  ['eporner', 'https://www.eporner.com/search/zebra%20giraffe/', TWO],
  ['eporner', 'https://www.eporner.com/search/z%C3%A9bra/', UTF8],
  ['eporner', 'https://www.eporner.com/search/zebra-giraffe/2/?sort=latest', TWO],
  ['eporner', 'https://www.eporner.com/search/?q=zebra+giraffe&page=2', TWO],
  ['tube8', 'https://www.tube8.com/searches.html?q=zebra+giraffe', TWO],
  ['tube8', 'https://www.tube8.com/searches.html/?q=zebra%20giraffe', TWO],
  ['tube8', 'https://www.tube8.com/searches.html?q=z%C3%A9bra', UTF8],
  ['tube8', 'https://www.tube8.com/searches.html?page=2&q=zebra&orientation=straight', 'zebra'],
  ['youjizz', 'https://www.youjizz.com/search/zebra-giraffe-1.html', TWO],
  ['youjizz', 'https://www.youjizz.com/search/zebra%20giraffe-1.html', TWO],
  ['youjizz', 'https://www.youjizz.com/search/z%C3%A9bra-2.html', UTF8],
  ['youjizz', 'https://www.youjizz.com/search/zebra+giraffe-3.html?sort=newest&q=1', TWO],
  ['tnaflix', 'https://www.tnaflix.com/search?what=zebra+giraffe', TWO],
  ['tnaflix', 'https://www.tnaflix.com/search?what=zebra%20giraffe', TWO],
  ['tnaflix', 'https://www.tnaflix.com/search?what=z%C3%A9bra', UTF8],
  ['tnaflix', 'https://www.tnaflix.com/search?category=1&what=zebra&sort=new&page=2', 'zebra'],
  ['motherless', 'https://motherless.com/term/videos/zebra+giraffe', TWO],
  ['motherless', 'https://motherless.com/term/videos/zebra%20giraffe', TWO],
  ['motherless', 'https://motherless.com/term/z%C3%A9bra', UTF8],
  ['motherless', 'https://motherless.com/term/videos/zebra?term=zebra&range=0&size=0&sort=relevance&page=2', 'zebra'],
  ['motherless', 'https://motherless.com/search?term=zebra+giraffe&type=videos&range=0', TWO],
  ['hqporner', 'https://hqporner.com/?q=zebra+giraffe', TWO],
  ['hqporner', 'https://hqporner.com/?q=zebra%20giraffe', TWO],
  ['hqporner', 'https://www.hqporner.com/search/z%C3%A9bra/', UTF8],
  ['hqporner', 'https://hqporner.com/?p=2&q=zebra&s=top', 'zebra'],
  ['txxx', 'https://txxx.com/search/?s=zebra+giraffe', TWO],
  ['txxx', 'https://www.txxx.com/search/?s=zebra%20giraffe', TWO],
  ['txxx', 'https://txxx.com/search/z%C3%A9bra/', UTF8],
  ['txxx', 'https://txxx.com/search/2/?sort=latest&s=zebra&type=all', 'zebra'],
];

describe('extractQuery reads real URL shapes of every site', () => {
  it.each(SHAPES)('%s: %s → %s', (site, url, query) => {
    expect(extractQuery(url)).toEqual({ site, query });
  });

  it.each(SITES.map((s) => s.id))('%s has at least four shapes in the table', (id) => {
    expect(SHAPES.filter(([site]) => site === id).length).toBeGreaterThanOrEqual(4);
  });
});

describe('extractQuery accepts the ways a browser may write the same URL', () => {
  it.each([
    ['plain http', 'http://www.google.nl/search?q=zebra', 'google'],
    ['plain http, path query', 'http://www.xnxx.com/search/zebra', 'xnxx'],
    ['upper-case host', 'https://WWW.GOOGLE.NL/search?q=zebra', 'google'],
    ['fully qualified host (trailing dot)', 'https://www.google.nl./search?q=zebra', 'google'],
    ['explicit port', 'https://www.google.nl:443/search?q=zebra', 'google'],
    ['host without www', 'https://google.nl/search?q=zebra', 'google'],
    ['fragment after the query', 'https://www.google.nl/search?q=zebra#imgrc=abc', 'google'],
  ])('%s', (_, url, site) => {
    expect(extractQuery(url)).toEqual({ site, query: 'zebra' });
  });
});

describe('extractQuery decodes the query text', () => {
  it.each([
    ['%2B stays a plus in a parameter', 'https://www.google.nl/search?q=c%2B%2B', 'c++'],
    ['%2B stays a plus in a path', 'https://www.xnxx.com/search/c%2B%2B', 'c++'],
    [
      'encoded slash in a path segment',
      'https://www.xnxx.com/search/z%C3%A9bra%2Fgiraffe',
      'zébra/giraffe',
    ],
    ['spaces around the query are trimmed', 'https://www.google.nl/search?q=+zebra+', 'zebra'],
    [
      'the first of a repeated parameter wins',
      'https://www.google.nl/search?q=zebra&q=giraffe',
      'zebra',
    ],
    ['non-Latin script', 'https://www.google.nl/search?q=%D0%B7%D0%B5%D0%B1%D1%80%D0%B0', 'зебра'],
    ['unencoded UTF-8 as typed', 'https://www.google.nl/search?q=zébra', UTF8],
    ['unencoded UTF-8 in a path', 'https://spankbang.com/s/zébra/', UTF8],
  ])('%s', (_, url, query) => {
    expect(extractQuery(url)?.query).toBe(query);
  });
});

describe('extractQuery never throws on malformed escapes', () => {
  it.each([
    [
      'a bad escape in a parameter stays as written',
      'https://www.google.nl/search?q=100%zz',
      '100%zz',
    ],
    [
      'broken UTF-8 in a parameter becomes U+FFFD',
      'https://www.google.nl/search?q=z%C3',
      'z\uFFFD',
    ],
    ['a bad escape in a path stays as written', 'https://www.xnxx.com/search/100%zz', '100%zz'],
    [
      'broken UTF-8 in a path stays as written',
      'https://www.xnxx.com/search/z%C3+z%C3%A9bra',
      'z%C3 zébra',
    ],
    ['a lone percent sign in a path', 'https://spankbang.com/s/100%/', '100%'],
  ])('%s', (_, url, query) => {
    expect(() => extractQuery(url)).not.toThrow();
    expect(extractQuery(url)?.query).toBe(query);
  });
});

describe('extractQuery returns null for pages that are no search', () => {
  it.each([
    ['home page', 'https://www.google.nl/'],
    ['results path without query', 'https://www.google.nl/search'],
    ['empty query', 'https://www.google.nl/search?q='],
    ['blank query', 'https://www.google.nl/search?q=+++'],
    ['fragment on another path', 'https://www.google.nl/maps#q=zebra'],
    ['fragment that is an anchor', 'https://www.google.nl/search#results'],
    ['fragment with another parameter', 'https://www.bing.com/#p=zebra'],
    ['empty fragment query', 'https://duckduckgo.com/#q='],
    ['other path with the same parameter', 'https://www.google.nl/maps?q=zebra'],
    ['prefix of an exact path', 'https://www.google.nl/searchx?q=zebra'],
    ['look-alike host', 'https://www.google.nl.evil.com/search?q=zebra'],
    ['site name in the path', 'https://evil.com/www.google.nl/search?q=zebra'],
    ['unlisted sub-domain', 'https://maps.google.nl/search?q=zebra'],
    ['similar host', 'https://notgoogle.nl/search?q=zebra'],
    ['unlisted country domain', 'https://www.google.xyz/search?q=zebra'],
    ['other scheme', 'ftp://www.google.nl/search?q=zebra'],
    ['not a URL', 'zebra giraffe'],
    ['empty string', ''],
    ['DuckDuckGo home', 'https://duckduckgo.com/'],
    ['DuckDuckGo empty query', 'https://duckduckgo.com/?q=&ia=web'],
    ['Yahoo home', 'https://nl.yahoo.com/?p=zebra'],
    ['YouTube video page', 'https://www.youtube.com/watch?v=abc&search_query=zebra'],
    ['Pornhub video page', 'https://www.pornhub.com/view_video.php?viewkey=abc'],
    ['XVideos home', 'https://www.xvideos.com/'],
    ['XVideos video page', 'https://www.xvideos.com/video123/zebra?k=zebra'],
    ['XNXX search without query', 'https://www.xnxx.com/search/'],
    ['SpankBang home', 'https://spankbang.com/'],
    ['SpankBang empty path query', 'https://spankbang.com/s//'],
    ['YouJizz search without query', 'https://www.youjizz.com/search/-1.html'],
  ])('%s', (_, url) => {
    expect(extractQuery(url)).toBeNull();
  });
});

describe('extractQuery reads a query a page keeps in the fragment', () => {
  it.each([
    ['results path', 'https://www.google.nl/search#q=zebra+giraffe', TWO],
    ['start page of a single-page app', 'https://www.bing.com/#q=zebra%20giraffe', TWO],
    ['hash-bang', 'https://duckduckgo.com/#!q=z%C3%A9bra', UTF8],
    ['hash-bang with a slash', 'https://www.youtube.com/#!/search_query=zebra', 'zebra'],
    ['among other fragment parameters', 'https://www.google.com/#hl=nl&q=zebra', 'zebra'],
    ['address query first', 'https://www.google.nl/search?q=giraffe#q=zebra', 'giraffe'],
  ])('%s', (_, url, query) => {
    expect(extractQuery(url)?.query).toBe(query);
  });
});

describe('extractQuery takes its sites as an argument', () => {
  it('reads only the sites it is given', () => {
    const sites = SITES.filter((s) => s.id === 'bing');
    expect(extractQuery('https://www.google.nl/search?q=zebra', sites)).toBeNull();
    expect(extractQuery('https://www.bing.com/search?q=zebra', sites)).toEqual({
      site: 'bing',
      query: 'zebra',
    });
  });
});

describe('extractFormQuery reads POST searches', () => {
  it.each([
    ['duckduckgo', 'https://html.duckduckgo.com/html/', { q: [TWO], b: [''] }, TWO],
    ['duckduckgo', 'https://lite.duckduckgo.com/lite/', { q: [UTF8] }, UTF8],
    ['startpage', 'https://www.startpage.com/sp/search', { query: [TWO], cat: ['web'] }, TWO],
    ['startpage', 'https://www.startpage.com/do/dsearch', { query: ['', UTF8] }, UTF8],
  ])('%s: %s', (site, url, fields, query) => {
    expect(extractFormQuery(url, fields)).toEqual({ site, query });
  });

  it.each([
    ['empty field', 'https://html.duckduckgo.com/html/', { q: ['  '] }],
    ['missing field', 'https://www.startpage.com/sp/search', { cat: ['web'] }],
    ['site without form route', 'https://www.google.nl/search', { q: ['zebra'] }],
    ['unknown host', 'https://evil.com/html/', { q: ['zebra'] }],
  ])('returns null: %s', (_, url, fields) => {
    expect(extractFormQuery(url, fields)).toBeNull();
  });
});
