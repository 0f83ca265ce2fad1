/**
 * Questions people ask, with short answers, for the help page (DESIGN.md "Help content"). The
 * questions are the ones people who worry about themselves put to the Stop it Now helpline
 * (shared/seeds/003); the facts come from shared/HELP-FACTS.md and the seeds, the words are our
 * own.
 *
 * Rules for the answers: 2–5 sentences; about the behaviour, never the person; honest about what
 * Keerpunt does and does not know (it keeps no searches, but the search still reached the site
 * and is in the browser history); no promise we cannot keep (professional secrecy differs per
 * country and profession); "free" or "anonymous" only where the facts say so. The ids are used
 * for test hooks only; the heading of the section lives here too, not in lib/help/messages.
 */
import type { Language } from '../settings/settings';

export const FAQ_IDS = [
  'anonymous',
  'police',
  'bad-person',
  'alone',
  'urge',
  'go-away',
  'help',
  'doctor',
  'partner',
] as const;
export type FaqId = (typeof FAQ_IDS)[number];

export interface FaqItem {
  question: string;
  answer: string;
}

export interface FaqText {
  /** Heading (h2) of the questions section. */
  heading: string;
  /** Every question, in every language (the type enforces the parity). */
  items: Readonly<Record<FaqId, Readonly<FaqItem>>>;
}

// French typography: a no-break space (\u00a0) before ? : ! ;
export const FAQ: Readonly<Record<Language, Readonly<FaqText>>> = {
  nl: {
    heading: 'Vragen die mensen vaak stellen',
    items: {
      anonymous: {
        question: 'Ben ik echt anoniem?',
        answer:
          'Keerpunt houdt niet bij wat je zocht en verstuurt niets; het weet niet wie je bent. Alles uitwissen kan het niet: de zoekopdracht is bij de zoeksite aangekomen voordat Keerpunt ingreep, en kan daar in je accountactiviteit staan; ook staat hij in je browsergeschiedenis tot je die wist. Staat er op deze pagina dat een hulplijn anoniem is, dan hoef je daar je naam niet te noemen en bepaal je zelf wat je vertelt. Een telefoongesprek kan wel in de belgeschiedenis van je telefoon komen te staan.',
      },
      police: {
        question: 'Komt de politie aan mijn deur?',
        answer:
          'Keerpunt stuurt ze niet: het meldt niemand en geeft niets door. Deze gevoelens hebben is niet strafbaar; afbeeldingen van seksueel misbruik van minderjarigen bekijken, downloaden of delen wel, en de politie onderzoekt dat. Hoe groot die kans is, kan niemand je zeggen, maar wat je vanaf nu doet, heb je zelf in de hand. Bij een anonieme hulplijn noem je je naam niet, dus die kan ook aan niemand worden doorgegeven.',
      },
      'bad-person': {
        question: 'Ben ik een slecht mens?',
        answer:
          'Nee. Gevoelens die je niet zelf hebt gekozen, maken je geen slecht mens; het gaat erom wat je ermee doet. Zoeken naar deze afbeeldingen schaadt kinderen, en dát gedrag moet stoppen. Dat je Keerpunt hebt geïnstalleerd, laat zien dat je wilt stoppen, en daar kun je op bouwen.',
      },
      alone: {
        question: 'Ben ik de enige?',
        answer:
          'Nee. Veel mensen hebben seksuele gevoelens voor minderjarigen waar ze zich zorgen over maken, en velen voelen zich daar alleen mee. In 2024 namen 887 mensen contact op met Stop it Now in Nederland; zeven op de tien van hen maakten zich zorgen over hun eigen gevoelens of gedrag. Wie daar opneemt, heeft vragen zoals de jouwe al vaak gehoord.',
      },
      urge: {
        question: 'Hoe ga ik om met deze drang?',
        answer:
          'Een drang komt in golven: hij zwelt aan, piekt en zakt weer, meestal sneller dan het voelt. Sta op als hij komt en doe iets anders met je lijf: ga naar buiten, neem een douche, bel iemand. Let op wanneer hij meestal opkomt (laat op de avond, moe, alleen, na een drankje) en maak het je op die momenten moeilijker, bijvoorbeeld door je apparaten in een andere kamer te leggen. De zelfhulpmodules en de hulplijn helpen je een plan te maken dat bij jou past.',
      },
      'go-away': {
        question: 'Gaan deze gevoelens ooit over?',
        answer:
          'Dat kan niemand beloven. Bij veel mensen verdwijnen de gevoelens niet helemaal, al kunnen ze zwakker worden of minder ruimte innemen. Wat met hulp wél kan veranderen, is wat je ermee doet: veel mensen leven met deze gevoelens zonder ooit een kind iets aan te doen of zulke beelden te bekijken. Je hoeft dat niet alleen uit te zoeken.',
      },
      help: {
        question: 'Welke hulp is er?',
        answer:
          'Je kunt een hulplijn bellen, chatten of mailen; als we er een kennen voor jouw regio, staat die hoger op deze pagina. Met zelfhulpmodules werk je er zelf aan, in je eigen tempo: Stoppen is mogelijk in het Nederlands, Troubled Desire in meerdere talen. Je kunt ook behandeling krijgen bij een gespecialiseerde therapeut of seksuoloog; in Nederland kun je bijvoorbeeld vrijwillig bij De Waag terecht, zonder dat justitie erbij betrokken is. Een hulplijn denkt met je mee over wat bij je past.',
      },
      doctor: {
        question: 'Gaat mijn huisarts een melding maken?',
        answer:
          'De regels verschillen per land en per beroep (op sommige plaatsen moeten hulpverleners meer melden dan elders), dus niemand kan je beloven hoe het loopt. In Nederland en België hebben artsen en therapeuten een beroepsgeheim. In de regel mogen ze dat alleen doorbreken in een noodsituatie, als iemand, bijvoorbeeld een kind, in ernstig en direct gevaar is, en ook dan is het een recht om te spreken, geen plicht. Iets wat in het verleden is gebeurd, is op zich geen reden om het geheim te doorbreken. Vraag de hulpverlener hoe die met geheimhouding omgaat voordat je details vertelt, of bespreek het eerst anoniem met een hulplijn.',
      },
      partner: {
        question: 'Hoe vertel ik het aan mijn partner?',
        answer:
          'Jij bepaalt of, wanneer en hoeveel je vertelt; er is niet één goede manier. Bedenk vooraf wat je wilt zeggen en wat je hoopt, en kies een rustig moment met tijd om te praten. Je partner kan geschrokken, boos of verdrietig reageren en tijd nodig hebben; dat hoeft niet het einde van het gesprek te zijn. Een hulplijn of therapeut kan je helpen het gesprek voor te bereiden, en Stop it Now helpt ook partners en familie.',
      },
    },
  },
  en: {
    heading: 'Questions people often ask',
    items: {
      anonymous: {
        question: 'Am I really anonymous?',
        answer:
          'Keerpunt keeps no record of what you searched for and sends nothing anywhere; it does not know who you are. It cannot erase everything, though: the search reached the search site before Keerpunt stepped in and may be in your account activity there; it also stays in your browser history until you delete it. Where this page says a helpline is anonymous, you do not have to give your name there, and you decide what you tell. A call can still show up in your phone’s call log.',
      },
      police: {
        question: 'Will the police come to my door?',
        answer:
          'Keerpunt will not send them: it reports nobody and passes nothing on. Having these feelings is not a crime; looking at, downloading or sharing sexual images of children is, and the police do investigate it. Nobody can tell you how likely that is, but what you do from now on is in your hands. At an anonymous helpline you do not give your name, so it cannot be passed on to anyone.',
      },
      'bad-person': {
        question: 'Am I a bad person?',
        answer:
          'No. Feelings you did not choose do not make you a bad person; what counts is what you do with them. Searching for these images harms children, and that behaviour is what has to stop. Installing Keerpunt shows that you want to stop, and you can build on that.',
      },
      alone: {
        question: 'Am I the only one?',
        answer:
          'No. Many people have sexual feelings for minors that worry them, and many of them feel alone with it. In 2024, 887 people contacted Stop it Now in the Netherlands; seven in ten of them were worried about their own feelings or behaviour. The people who answer there have heard questions like yours many times.',
      },
      urge: {
        question: 'How do I deal with this urge?',
        answer:
          'An urge comes in waves: it builds, peaks and fades, usually sooner than it feels like it will. When it comes, get up and do something else with your body: go outside, take a shower, call someone. Notice when it tends to come (late at night, tired, alone, after a drink) and make those moments harder, for example by leaving your devices in another room. The self-help modules and the helpline can help you make a plan that fits you.',
      },
      'go-away': {
        question: 'Will these feelings ever go away?',
        answer:
          'Nobody can promise that. For many people the feelings do not disappear completely, though they can grow weaker or take up less room. What can change with help is what you do with them: many people live with these feelings without ever harming a child or looking at such images. You do not have to work this out alone.',
      },
      help: {
        question: 'What help is there?',
        answer:
          'You can call, chat with or e-mail a helpline; if we know one for your region, it is higher up on this page. Self-help modules let you work on it yourself, at your own pace: Troubled Desire in several languages, Stoppen is mogelijk in Dutch. You can also get treatment from a specialised therapist or sexologist; in the Netherlands, for example, you can go to De Waag of your own accord, without the justice system being involved. A helpline can help you work out what fits you.',
      },
      doctor: {
        question: 'Will my doctor report me?',
        answer:
          'Rules differ between countries and between professions (in some places professionals must report more than in others), so nobody can promise you how it will go. In the Netherlands and Belgium, doctors and therapists are bound by professional secrecy. As a rule, they may break it only in an emergency, when someone, such as a child, is in serious and immediate danger, and even then it is a right to speak, not a duty. Something that happened in the past is, on its own, no reason to break it. Ask the professional how they handle confidentiality before you go into details, or first talk it through anonymously with a helpline.',
      },
      partner: {
        question: 'How do I tell my partner?',
        answer:
          'You decide whether, when and how much you tell; there is no single right way. Think beforehand about what you want to say and what you hope for, and choose a calm moment with time to talk. Your partner may react with shock, anger or sadness and may need time; that does not have to be the end of the conversation. A helpline or therapist can help you prepare, and Stop it Now also helps partners and family.',
      },
    },
  },
  fr: {
    heading: 'Questions fréquentes',
    items: {
      anonymous: {
        question: 'Suis-je vraiment anonyme\u00a0?',
        answer:
          'Keerpunt ne garde aucune trace de ce que vous avez cherché et n’envoie rien\u00a0; il ne sait pas qui vous êtes. Il ne peut pas tout effacer\u00a0: la recherche est parvenue au site de recherche avant que Keerpunt n’intervienne, et peut figurer dans l’activité de votre compte sur ce site\u00a0; elle reste aussi dans l’historique de votre navigateur tant que vous ne l’effacez pas. Quand cette page indique qu’une ligne d’écoute est anonyme, vous n’avez pas à y donner votre nom, et vous choisissez ce que vous racontez. Un appel peut toutefois apparaître dans le journal d’appels de votre téléphone.',
      },
      police: {
        question: 'La police va-t-elle venir chez moi\u00a0?',
        answer:
          'Ce n’est pas Keerpunt qui l’enverra\u00a0: il ne signale personne et ne transmet rien. Avoir ces sentiments n’est pas une infraction\u00a0; regarder, télécharger ou partager des images d’abus sexuels sur mineurs en est une, et la police enquête sur ces faits. Personne ne peut vous dire quel est ce risque, mais ce que vous faites à partir de maintenant dépend de vous. Auprès d’une ligne d’écoute anonyme, vous ne donnez pas votre nom\u00a0: il ne peut donc être transmis à personne.',
      },
      'bad-person': {
        question: 'Suis-je une mauvaise personne\u00a0?',
        answer:
          'Non. Des sentiments que vous n’avez pas choisis ne font pas de vous une mauvaise personne\u00a0; ce qui compte, c’est ce que vous en faites. Chercher ces images fait du tort à des enfants, et c’est ce comportement qui doit cesser. Avoir installé Keerpunt montre que vous voulez arrêter, et vous pouvez vous appuyer là-dessus.',
      },
      alone: {
        question: 'Suis-je la seule personne dans ce cas\u00a0?',
        answer:
          'Non. Beaucoup de gens ont, envers des mineurs, des sentiments sexuels qui les inquiètent, et beaucoup se sentent seuls avec cela. En 2024, 887 personnes ont contacté Stop it Now aux Pays-Bas\u00a0; sept sur dix s’inquiétaient de leurs propres sentiments ou comportements. Les personnes qui y répondent ont déjà entendu bien des fois des questions comme la vôtre.',
      },
      urge: {
        question: 'Comment faire face à cette envie\u00a0?',
        answer:
          'Une envie vient par vagues\u00a0: elle monte, atteint un pic puis redescend, souvent plus vite qu’on ne le croit. Quand elle arrive, levez-vous et faites autre chose avec votre corps\u00a0: sortez, prenez une douche, appelez quelqu’un. Repérez les moments où elle vient le plus souvent (tard le soir, la fatigue, la solitude, après un verre) et rendez-les plus difficiles, par exemple en laissant vos appareils dans une autre pièce. L’aide en ligne et la ligne d’écoute peuvent vous aider à bâtir un plan qui vous convient.',
      },
      'go-away': {
        question: 'Ces sentiments vont-ils disparaître un jour\u00a0?',
        answer:
          'Personne ne peut le promettre. Chez beaucoup de personnes, ces sentiments ne disparaissent pas complètement, mais ils peuvent s’affaiblir ou prendre moins de place. Ce qui peut changer avec de l’aide, c’est ce que vous en faites\u00a0: beaucoup de personnes vivent avec ces sentiments sans jamais faire de mal à un enfant ni regarder de telles images. Vous n’avez pas à chercher le chemin sans aide.',
      },
      help: {
        question: 'Quelle aide existe\u00a0?',
        answer:
          'Vous pouvez appeler une ligne d’écoute, ou lui écrire par chat ou par e-mail\u00a0; si nous en connaissons une pour votre région, elle figure plus haut sur cette page. Des modules d’aide en ligne vous permettent d’avancer de votre côté, à votre rythme\u00a0: Troubled Desire en plusieurs langues, Stoppen is mogelijk en néerlandais. Un thérapeute ou un sexologue spécialisé peut aussi vous accompagner\u00a0; aux Pays-Bas par exemple, De Waag reçoit les personnes qui viennent de leur propre initiative, sans intervention de la justice. Une ligne d’écoute peut vous aider à trouver ce qui vous convient.',
      },
      doctor: {
        question: 'Mon médecin va-t-il me signaler\u00a0?',
        answer:
          'Les règles varient selon les pays et les professions (à certains endroits, les professionnels doivent signaler davantage qu’ailleurs), donc personne ne peut vous promettre comment cela se passera. En Belgique et aux Pays-Bas, les médecins et les thérapeutes sont tenus au secret professionnel. En règle générale, ils ne peuvent le lever qu’en cas d’urgence, quand quelqu’un, par exemple un enfant, court un danger grave et immédiat, et même alors c’est un droit de parler, pas une obligation. Un fait qui s’est produit dans le passé n’est pas, à lui seul, une raison de le lever. Avant d’entrer dans les détails, demandez au professionnel comment il gère la confidentialité, ou parlez-en d’abord anonymement avec une ligne d’écoute.',
      },
      partner: {
        question: 'Comment en parler à mon ou ma partenaire\u00a0?',
        answer:
          'C’est vous qui décidez si, quand et combien vous en dites\u00a0; il n’y a pas une seule bonne façon de faire. Réfléchissez d’abord à ce que vous voulez dire et à ce que vous espérez, et choisissez un moment calme, avec du temps pour parler. Votre partenaire peut réagir par le choc, la colère ou la tristesse, et avoir besoin de temps\u00a0; ce n’est pas forcément la fin de la conversation. Une ligne d’écoute ou un thérapeute peut vous aider à vous préparer, et Stop it Now aide aussi les partenaires et les proches.',
      },
    },
  },
};

/** The questions in `language`, in the order of `FAQ_IDS`. */
export function faqFor(language: Language): {
  heading: string;
  items: (FaqItem & { id: FaqId })[];
} {
  const { heading, items } = FAQ[language];
  return { heading, items: FAQ_IDS.map((id) => ({ id, ...items[id] })) };
}
