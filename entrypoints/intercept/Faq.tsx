/**
 * Questions people ask, as native `<details>`/`<summary>`: they open with Enter or Space, and
 * screen readers announce them as expandable without any script of ours. Text: lib/help/faq.ts.
 */
import { faqFor } from '@/lib/help/faq';
import type { Language } from '@/lib/settings/settings';

export function Faq(props: { language: Language }) {
  const { heading, items } = faqFor(props.language);
  return (
    <section class="faq" aria-labelledby="faq" data-testid="faq">
      <h2 id="faq">{heading}</h2>
      {items.map((item) => (
        <details key={item.id} data-testid={`faq-${item.id}`}>
          <summary>{item.question}</summary>
          <p>{item.answer}</p>
        </details>
      ))}
    </section>
  );
}
