/** Personal terms: added one at a time, stored only as hashed rule forms, shown masked. */
import { useState } from 'preact/hooks';
import type { Language } from '@/lib/settings/settings';
import { waitingFor } from '@/lib/settings/pending';
import { addTerm, removeTerm, removeTermByText } from '@/utils/changes';
import type { Rules } from '@/utils/rules';
import { usePending } from '../use-pending';
import { fill, type OptionStrings } from '../strings';

export function Terms({ t, rules, lang }: { t: OptionStrings; rules: Rules; lang: Language }) {
  const [term, setTerm] = useState('');
  const [retype, setRetype] = useState('');
  const [status, setStatus] = useState('');
  const pending = usePending();
  const entries = rules.personal.entries;
  const formatDate = (day: string) =>
    new Date(`${day}T12:00:00`).toLocaleDateString(lang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  const add = async (e: Event) => {
    e.preventDefault();
    const submitted = term;
    const result = await addTerm(submitted);
    if (result.ok) {
      // Cleared only if it still holds what was added: the next term may already be typed.
      setTerm((now) => (now === submitted ? '' : now));
      setStatus(result.kept ? t.termKept : t.termAdded);
    } else setStatus(fill(t.termProblem, { reason: result.reason }));
  };
  const removeTyped = async (e: Event) => {
    e.preventDefault();
    const out = await removeTermByText(retype);
    setRetype('');
    setStatus(!out ? t.termNotFound : out.outcome === 'pending' ? t.changeWaits : t.termRemoved);
  };
  return (
    <section>
      <h2>{t.termsTitle}</h2>
      <p>{t.termsIntro}</p>
      <p class="note">{t.termsPrivacy}</p>
      <form onSubmit={add}>
        <label>
          {t.termLabel}
          <input
            data-testid="term-input"
            value={term}
            autocomplete="off"
            spellcheck={false}
            maxLength={1000}
            onInput={(e) => setTerm(e.currentTarget.value)}
          />
        </label>
        <button data-testid="term-add" type="submit" disabled={term.trim() === ''}>
          {t.termAdd}
        </button>
      </form>
      <p role="status" data-testid="term-status">
        {status}
      </p>
      {entries.length === 0 ? (
        <p>{t.termEmpty}</p>
      ) : (
        <ul data-testid="term-list" class="entries">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span>
                {fill(t.termEntry, { date: formatDate(entry.added) })}
                {waitingFor(pending, 'remove-term', entry.id) && (
                  <em class="pending"> — {t.pendingMark}</em>
                )}
              </span>
              <button
                type="button"
                onClick={async () => {
                  const out = await removeTerm(entry.id);
                  setStatus(out.outcome === 'pending' ? t.changeWaits : t.termRemoved);
                }}
              >
                {t.termRemove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={removeTyped}>
        <label>
          {t.retypeLabel}
          <input
            data-testid="retype-input"
            value={retype}
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => setRetype(e.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={retype.trim() === ''}>
          {t.retypeRemove}
        </button>
      </form>
    </section>
  );
}
