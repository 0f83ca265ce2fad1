/** Personal terms: added one at a time, stored only as hashed rule forms, shown masked. */
import { useState } from 'preact/hooks';
import type { Language } from '@/lib/settings/settings';
import {
  addPersonalTerm,
  removePersonalEntry,
  removePersonalText,
  type Rules,
} from '@/utils/rules';
import { fill, type OptionStrings } from '../strings';

export function Terms({ t, rules, lang }: { t: OptionStrings; rules: Rules; lang: Language }) {
  const [term, setTerm] = useState('');
  const [retype, setRetype] = useState('');
  const [status, setStatus] = useState('');
  const entries = rules.personal.entries;
  const formatDate = (day: string) =>
    new Date(`${day}T12:00:00`).toLocaleDateString(lang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  const add = async (e: Event) => {
    e.preventDefault();
    const result = await addPersonalTerm(term);
    if (result.ok) {
      setTerm('');
      setStatus(t.termAdded);
    } else setStatus(fill(t.termProblem, { reason: result.reason }));
  };
  const removeTyped = async (e: Event) => {
    e.preventDefault();
    const removed = await removePersonalText(retype);
    setRetype('');
    setStatus(removed ? t.termRemoved : t.termNotFound);
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
              <span>{fill(t.termEntry, { date: formatDate(entry.added) })}</span>
              <button
                type="button"
                onClick={async () => {
                  await removePersonalEntry(entry.id);
                  setStatus(t.termRemoved);
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
