/**
 * The "somewhere safe" page (`/safe.html`): calm and neutral, nothing about searches, and it
 * counts nothing. Its one link goes back to the help page, which does not count that visit as
 * help shown (`?from=safe`).
 */
import { render } from 'preact';
import { t } from '@/lib/help/messages';
import { DEFAULT_SETTINGS, pickLanguage, type Language } from '@/lib/settings/settings';
import { loadSettings } from '@/utils/settings';
import './style.css';

function SafePage({ language }: { language: Language }) {
  const m = (key: Parameters<typeof t>[1]) => t(language, key);
  return (
    <main class="safe-page" data-testid="safe-page">
      <h1>{m('safeHeading')}</h1>
      <p>{m('safeText')}</p>
      <p>{m('safeSuggestion')}</p>
      <p class="back">
        <a href="/intercept.html?from=safe">{m('safeHelpLink')}</a>
      </p>
    </main>
  );
}

async function main(): Promise<void> {
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  const language = pickLanguage(settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = language;
  document.title = t(language, 'pageTitle');
  render(<SafePage language={language} />, document.getElementById('app')!);
}

void main();
