import type { Messages } from './descriptions';

// French typography: a no-break space (\u00a0) before ? : ! ;
export const fr: Messages = {
  pageTitle: 'Keerpunt',
  helpNotAlone:
    'Vous n’êtes pas la seule personne dans cette situation. Avec un soutien, beaucoup de gens parviennent à arrêter. Prendre contact est un premier pas important.',
  nextStepHeading: 'Parler à quelqu’un maintenant',
  callLabel: 'Appeler {name}',
  assuranceFree: 'gratuit',
  assuranceAnonymous: 'anonyme',
  assuranceConfidential: 'confidentiel',
  hoursAlways: 'Joignable jour et nuit, tous les jours.',
  hoursWeekly: 'Ouvert {hours} ({city}, heure locale).',
  hoursSeeWebsite: 'Consultez le site web pour les horaires actuels.',
  whenNoAnswer:
    'Personne ne répond\u00a0? Réessayez plus tard, ou commencez par l’aide en ligne ci-dessous.',
  writeHeading: 'Vous préférez écrire\u00a0?',
  chatLink: 'Chat',
  emailLink: 'E-mail\u00a0: {address}',
  emailFormLink: 'E-mail sécurisé',
  websiteLink: 'Site web de {name}',
  noHelpline:
    'Nous ne connaissons pas encore de ligne d’écoute pour cette région. L’aide en ligne ci-dessous est anonyme et fonctionne où que vous soyez. Vous pouvez aussi choisir une autre région en haut de cette page.',
  selfHelpNext: 'Commencer l’aide en ligne de {name}',
  selfHelpHeading: 'Avancer à votre rythme',
  selfHelpStoppen:
    'Des modules d’aide en ligne pour les personnes qui regardent des images d’abus sexuels sur mineurs et veulent arrêter.',
  selfHelpTroubledDesire:
    'Un auto-test et une aide en ligne anonymes proposés par l’hôpital de la Charité à Berlin, en plusieurs langues.',
  onlyInDutch: 'en néerlandais',
  crisisHeading: 'En crise, ou vous pensez au suicide\u00a0?',
  crisisDirectory: '{name} répertorie les lignes d’écoute gratuites de votre pays.',
  safeButton: 'Emmenez-moi en lieu sûr',
  privacy:
    'Keerpunt n’a ni enregistré ni envoyé ce que vous avez cherché. La recherche elle-même est toutefois parvenue au site sur lequel vous avez cherché, et elle figure dans l’historique de votre navigateur.',
  regionLabel: 'Aide pour',
  languageLabel: 'Langue',
  newTab: '(s’ouvre dans un nouvel onglet)',
  safeHeading: 'Respirez un instant',
  safeText: 'Cette page est calme. Rien ici n’attend quoi que ce soit de vous.',
  safeSuggestion:
    'Buvez peut-être un verre d’eau, levez-vous pour vous étirer, ou éloignez-vous de l’écran quelques minutes.',
  safeHelpLink: 'Aide et soutien',
  // Open now (issue 3/6)
  whenToday: 'aujourd’hui à {time}',
  whenTomorrow: 'demain à {time}',
  whenWeekday: '{day} à {time}',
  whenNextWeek: '{day} prochain à {time}',
  openNow: 'Joignable maintenant, jusqu’à {until} (votre heure locale).',
  closedNow: 'Fermé pour le moment. De nouveau joignable {when} (votre heure locale).',
  maybeOpen:
    'D’après les derniers horaires publiés, la ligne est peut-être joignable maintenant, jusqu’à {until} (votre heure locale).',
  maybeClosed:
    'D’après les derniers horaires publiés, la ligne sera peut-être de nouveau joignable {when} (votre heure locale).',
  hoursUnconfirmed:
    'Derniers horaires publiés\u00a0: {hours} ({city}, heure locale). Ils ont pu changer\u00a0; le site web indique les horaires actuels.',
  hoursHolidays: 'Les jours fériés, les horaires peuvent être différents.',
  meanwhileHeading: 'En attendant, vous pouvez\u00a0:',
  meanwhileWrite: 'écrire dès maintenant, on vous répondra à la réouverture\u00a0:',
  meanwhileSelfHelp: 'commencer l’aide en ligne ci-dessous, accessible à toute heure',
  meanwhileCrisis: 'si tout devient trop lourd, appeler {name}, joignable jour et nuit\u00a0:',
  meanwhileCrisisCall: 'si tout devient trop lourd, appeler {name}\u00a0:',
  referenceCode:
    'Quand vous appelez ou écrivez, vous pouvez mentionner le code {code}. Cela leur indique seulement que vous les avez trouvés grâce à Keerpunt\u00a0; rien d’autre n’est transmis.',
};
