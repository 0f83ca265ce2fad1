// The sign-in page: its language (nl, en, fr from the browser, default en) and the
// "wrong name or password" line when the collector sent us back with ?failed=1.

/** @type {Record<'nl' | 'en' | 'fr', Record<string, string>>} */
const STRINGS = {
  en: {
    doc: 'Keerpunt reach — sign in',
    title: 'Keerpunt reach',
    intro: 'Sign in to see the anonymous reach figures.',
    failed: 'Name or password is wrong',
    name: 'Name',
    password: 'Password',
    submit: 'Sign in',
  },
  nl: {
    doc: 'Keerpunt bereik — inloggen',
    title: 'Keerpunt bereik',
    intro: 'Log in om de anonieme bereikcijfers te bekijken.',
    failed: 'Naam of wachtwoord klopt niet',
    name: 'Naam',
    password: 'Wachtwoord',
    submit: 'Inloggen',
  },
  fr: {
    doc: 'Keerpunt portée — connexion',
    title: 'Keerpunt portée',
    intro: 'Connectez-vous pour voir les chiffres anonymes de portée.',
    failed: 'Le nom ou le mot de passe est incorrect',
    name: 'Nom',
    password: 'Mot de passe',
    submit: 'Se connecter',
  },
};

/** @returns {'nl' | 'en' | 'fr'} */
function language() {
  const tag = (navigator.language || 'en').toLowerCase().slice(0, 2);
  return tag === 'nl' || tag === 'fr' ? tag : 'en';
}

const lang = language();
const strings = STRINGS[lang];
document.documentElement.lang = lang;
document.title = strings.doc;
for (const el of document.querySelectorAll('[data-i18n]')) {
  const key = el.getAttribute('data-i18n');
  if (key && strings[key]) el.textContent = strings[key];
}
if (new URLSearchParams(location.search).get('failed') === '1') {
  const failed = document.getElementById('failed');
  if (failed) failed.hidden = false;
}
