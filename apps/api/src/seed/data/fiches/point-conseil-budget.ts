import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'point-conseil-budget',
  publishedDaysAgo: 365,
  content: {
    type: 'dispositif',
    title: 'Être aidé gratuitement pour gérer votre budget et vos dettes',
    brandTitle: 'Point conseil budget',
    sponsor: "Structures labellisées par l'État (associations, CCAS, UDAF)",
    summary: 'Un conseiller vous aide gratuitement à gérer vos dépenses, vos factures et vos dettes.',
    mainTheme: 'argent-droits-sociaux',
    secondaryThemes: [],
    needs: ['gerer-son-budget', 'compte-bancaire', 'allocations'],
    eligibility: {
      legalStatus: [
        'asylum_seeker',
        'refugee',
        'subsidiary_protection',
        'temporary_protection',
        'stateless',
        'french_citizen',
      ],
      public: ['all'],
      age: { min: 18 },
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: 'not_applicable',
      location: { kind: 'nationwide' },
      commitment: { duration: 'Selon vos besoins', frequency: 'flexible' },
    },
    sections: {
      what: {
        id: 'what',
        title: "Un Point conseil budget, c'est quoi ?",
        body: `Les **Points conseil budget (PCB)** sont des lieux où un conseiller vous aide, **gratuitement et en toute confidentialité**, à faire le point sur votre argent.

Vous pouvez y aller si :
- vous avez du mal à payer vos factures ou votre loyer ;
- vous avez des **dettes** ou un crédit difficile à rembourser ;
- vous voulez simplement apprendre à gérer un budget en France.

Les PCB sont **labellisés par l'État**. Il y en a dans toute la France.`,
      },
      why: [
        {
          id: 'why-gratuit',
          title: 'Gratuit et sans jugement',
          body: `Le conseil est **gratuit**, quels que soient vos revenus. Le conseiller ne vous juge pas : il vous écoute et cherche des solutions avec vous.

Il garde le **secret** sur votre situation. Rien n'est transmis à votre banque, à votre propriétaire ou à l'administration sans votre accord.`,
        },
        {
          id: 'why-concret',
          title: 'Des solutions concrètes',
          body: `Avec le conseiller, vous pouvez :
- faire un **budget** simple, avec vos revenus et vos dépenses ;
- vérifier que vous touchez toutes les **aides** auxquelles vous avez droit ;
- demander un étalement de paiement à un créancier ;
- préparer un dossier de **surendettement** pour la Banque de France, si besoin.`,
        },
        {
          id: 'why-banque',
          title: 'Mieux comprendre la banque',
          body: `Le système bancaire français peut être compliqué : frais, découvert, prélèvements, crédit à la consommation.

Le conseiller vous explique vos **relevés de compte** et vous aide à éviter les frais inutiles. Il peut aussi vous aider à demander à votre banque l'**offre pour les clients en difficulté**, qui limite les frais.`,
        },
      ],
      how: [
        {
          id: 'how-trouver',
          title: 'Trouver un Point conseil budget',
          body: `1. Cherchez le PCB le plus proche sur [mesquestionsdargent.fr](https://www.mesquestionsdargent.fr), le portail public d'éducation financière.
2. Appelez ou écrivez pour prendre **rendez-vous**.
3. Apportez vos papiers : relevés de compte, factures, lettres de relance, contrats de crédit.

> [!INFO]
> Votre travailleur social peut aussi prendre rendez-vous pour vous.`,
        },
      ],
      next: [],
    },
    places: [],
    contacts: [],
    externalLink: {
      url: 'https://www.mesquestionsdargent.fr',
      label: "Mes questions d'argent – Points conseil budget",
    },
  },
  translations: {},
};
