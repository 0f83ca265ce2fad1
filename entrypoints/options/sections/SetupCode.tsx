/**
 * "I have a setup code": the code is read and its changes listed first; only a confirm writes
 * them, all at once (utils/setup-code.ts). Self-contained (its own strings, language by prop), so
 * the onboarding page can reuse it.
 */
import { lists as shippedLists } from 'virtual:keerpunt-shipped-lists';
import { useState } from 'preact/hooks';
import { REGION_NAMES, isRegionId } from '@/lib/help/regions';
import type { Change } from '@/lib/setup-code/plan';
import type { Language } from '@/lib/settings/settings';
import { valueOf } from '@/lib/setup-code/base32';
import { firstForeignCharacter } from '@/lib/util/text-encoding';
import type { DecodeError } from '@/lib/setup-code/setup-code';
import { importSetupCode, previewSetupCode, type PreviewOutcome } from '@/utils/setup-code';
import { SETUP_CODE_STRINGS, type SetupCodeStrings } from './setup-code-strings';
import { LANGUAGE_NAMES } from '@/lib/help/messages';

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

/**
 * A change in plain words. `countingOn`: whether anonymous counting is on now (importing never
 * switches it), so a new counting address is described as it would really apply.
 */
export function describeChange(
  change: Change,
  t: SetupCodeStrings,
  lang: Language,
  countingOn = false,
): string {
  const region = (id: string) => (isRegionId(id) ? REGION_NAMES[id][lang] : t.auto);
  const language = (id: string) =>
    id === 'nl' || id === 'en' || id === 'fr' ? LANGUAGE_NAMES[id] : t.auto;
  const list = (id: string) => shippedLists.find((l) => l.id === id)?.title ?? id;
  switch (change.kind) {
    case 'region':
      return fill(t.region, { from: region(change.from), to: region(change.to) });
    case 'language':
      return fill(t.language, { from: language(change.from), to: language(change.to) });
    case 'strictness':
      return fill(t.strictness, {
        from: t.strictNames[change.from],
        to: t.strictNames[change.to],
      });
    case 'cooling-off':
      return fill(t.coolingOff, {
        from: t.coolingNames[change.from],
        to: t.coolingNames[change.to],
      });
    case 'list':
      return fill(change.on ? t.listOn : t.listOff, { list: list(change.id) });
    case 'campaign':
      return fill(countingOn ? t.campaignCountingOn : t.campaign, { to: change.to });
    case 'endpoint':
      return fill(countingOn ? t.endpointCountingOn : t.endpoint, { to: change.to });
    case 'personal':
      return [
        change.added > 0 ? fill(t.personal, { n: change.added }) : '',
        change.already > 0 ? fill(t.personalAlready, { n: change.already }) : '',
      ]
        .filter(Boolean)
        .join(' ');
  }
}

/** What a code may hold: its alphabet and the separators `decode` removes (lib/setup-code). */
const inCode = (c: string) =>
  valueOf(c) !== undefined || /^[\s\u00ad\u2010-\u2015\u2212-]$/.test(c);

function reasonOf(
  outcome: Exclude<PreviewOutcome, { ok: true }>,
  t: SetupCodeStrings,
  text: string,
): string {
  if ('error' in outcome)
    return foreignCharacter(outcome.error, t, text) ?? t.errors[outcome.error];
  return fill(t.problems[outcome.problem], { list: outcome.list ?? '' });
}

/**
 * The character at fault, named, where one is: any the code cannot hold when that is the error,
 * and an invisible or unreadable one (left by copying, or by a file in another encoding) whatever
 * the error it caused — there it is the real problem, not the prefix or the checksum.
 */
export function foreignCharacter(
  error: DecodeError,
  t: SetupCodeStrings,
  text: string,
): string | null {
  if (error === 'empty' || error === 'too-long') return null;
  const found = firstForeignCharacter(text, inCode);
  if (!found) return null;
  if (error !== 'bad-character' && !found.invisible && !found.unreadable) return null;
  const f = t.foreign;
  const what = found.unreadable ? f.unreadable : found.invisible ? f.invisible : f.visible;
  const hint = found.unreadable ? f.unreadableHint : found.invisible ? f.invisibleHint : f.typo;
  const named = fill(f.named, {
    char: fill(what, { char: found.char, code: found.code }),
    at: found.at,
  });
  return `${named} ${hint}`;
}

export function SetupCode({
  lang,
  onImported,
}: {
  lang: Language;
  onImported?: (changes: Change[]) => void;
}) {
  const t = SETUP_CODE_STRINGS[lang];
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Change[] | null>(null);
  const [countingOn, setCountingOn] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (e: Event) => {
    e.preventDefault();
    setMessage(null);
    const outcome = await previewSetupCode(text);
    if (outcome.ok) {
      setPreview(outcome.changes);
      setCountingOn(outcome.countingOn);
    } else {
      setPreview(null);
      setMessage({ kind: 'error', text: `${reasonOf(outcome, t, text)} ${t.unchanged}` });
    }
  };
  const confirm = async () => {
    setBusy(true);
    try {
      const outcome = await importSetupCode(text);
      setPreview(null);
      if (outcome.ok) {
        setText('');
        setMessage({ kind: 'done', text: t.done });
        onImported?.(outcome.changes);
      } else setMessage({ kind: 'error', text: `${reasonOf(outcome, t, text)} ${t.unchanged}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-testid="setup-code">
      <h2>{t.title}</h2>
      <p>{t.intro}</p>
      <form onSubmit={check}>
        <label>
          {t.label}
          <textarea
            data-testid="setup-code-input"
            rows={4}
            spellcheck={false}
            autocomplete="off"
            autocapitalize="characters"
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setPreview(null);
            }}
          />
        </label>
        <button type="submit" data-testid="setup-code-check">
          {t.check}
        </button>
      </form>
      {preview && (
        <div class="setup-code-summary" data-testid="setup-code-summary">
          {preview.length === 0 ? (
            <p>{t.nothing}</p>
          ) : (
            <>
              <p>{t.summaryTitle}</p>
              <ul>
                {preview.map((change, i) => (
                  <li key={i} data-change={change.kind}>
                    {describeChange(change, t, lang, countingOn)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <button
            type="button"
            data-testid="setup-code-confirm"
            disabled={busy}
            onClick={() => void confirm()}
          >
            {t.confirm}
          </button>{' '}
          <button type="button" onClick={() => setPreview(null)}>
            {t.cancel}
          </button>
        </div>
      )}
      <p
        role={message?.kind === 'error' ? 'alert' : 'status'}
        data-testid={message?.kind === 'error' ? 'setup-code-error' : 'setup-code-status'}
      >
        {message?.text ?? ''}
      </p>
      <p>
        <a href="/professionals.html" target="_blank" rel="noreferrer">
          {t.forProfessionals}
        </a>
      </p>
    </section>
  );
}
