/** The person's own search sites: from an example results URL, host permission asked first. */
import { useEffect, useState } from 'preact/hooks';
import { detectSite, sitePattern } from '@/lib/search/custom-site';
import { waitingFor } from '@/lib/settings/pending';
import { addSite, removeSite } from '@/utils/changes';
import type { Rules } from '@/utils/rules';
import { usePending } from '../use-pending';
import { fill, type OptionStrings } from '../strings';

export function Sites({ t, rules }: { t: OptionStrings; rules: Rules }) {
  const [url, setUrl] = useState('');
  const [word, setWord] = useState('');
  const [status, setStatus] = useState('');
  const [access, setAccess] = useState<Record<string, boolean>>({});
  const pending = usePending();
  useEffect(() => {
    void Promise.all(
      rules.guard.sites.map(async (s) => {
        const granted = await browser.permissions.contains({ origins: [sitePattern(s)] });
        return [s.host, granted] as const;
      }),
    ).then((pairs) => setAccess(Object.fromEntries(pairs)));
  }, [rules]);
  // The permission request comes first in the handler, before any await: Firefox refuses a
  // request that does not directly follow the click.
  const add = (e: Event) => {
    e.preventDefault();
    const detected = detectSite(url, word);
    if (!detected.ok) {
      setStatus(fill(t.siteProblem, { reason: detected.reason }));
      return;
    }
    const request = browser.permissions.request({ origins: [sitePattern(detected.site)] });
    void request.then(async (granted) => {
      if (!granted) {
        setStatus(t.siteDenied);
        return;
      }
      await addSite(detected.site);
      setUrl('');
      setWord('');
      setStatus(t.siteAdded);
    });
  };
  return (
    <section>
      <h2>{t.sitesTitle}</h2>
      <p>{t.sitesIntro}</p>
      <form onSubmit={add}>
        <label>
          {t.siteUrl}
          <input
            data-testid="site-url"
            type="url"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        <label>
          {t.siteWord}
          <input
            data-testid="site-word"
            value={word}
            autocomplete="off"
            onInput={(e) => setWord(e.currentTarget.value)}
          />
        </label>
        <button data-testid="site-add" type="submit">
          {t.siteAdd}
        </button>
      </form>
      <p role="status">{status}</p>
      <ul data-testid="site-list" class="entries">
        {rules.guard.sites.map((site) => (
          <li key={site.host}>
            <span>
              {site.host}
              {access[site.host] === false && <em> — {t.siteNoAccess}</em>}
              {waitingFor(pending, 'remove-site', site.host) && (
                <em class="pending"> — {t.pendingMark}</em>
              )}
            </span>
            <button
              type="button"
              onClick={async () => {
                // Its host access is given back when the removal takes effect (utils/changes).
                const out = await removeSite(site.host);
                if (out.outcome === 'pending') setStatus(t.changeWaits);
              }}
            >
              {t.siteRemove}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
