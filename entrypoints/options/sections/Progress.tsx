/** A link to the person's progress page (their weeks, and the summary for a therapist). */
import type { Language } from '@/lib/settings/settings';
import { PROGRESS_STRINGS } from '../../progress/strings';

export function Progress({ lang }: { lang: Language }) {
  const s = PROGRESS_STRINGS[lang];
  return (
    <section>
      <h2>{s.optionsTitle}</h2>
      <p>{s.optionsText}</p>
      <p>
        <a href="/progress.html" data-testid="progress-link">
          {s.optionsLink}
        </a>
      </p>
    </section>
  );
}
