import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'premier-toit-jeunes',
  publishedDaysAgo: 88,
  content: {
    type: 'dispositif',
    title: 'Un logement et un accompagnement pour les jeunes réfugiés de 18 à 25 ans',
    brandTitle: 'Premier Toit Jeunes',
    sponsor: 'Association pour le logement des jeunes (réseau de foyers de jeunes travailleurs)',
    summary: 'Une chambre en résidence pour jeunes, un loyer adapté et un référent pour devenir autonome.',
    mainTheme: 'logement',
    secondaryThemes: ['travail'],
    needs: ['trouver-un-logement', 'payer-son-logement', 'etre-accompagne-vers-l-emploi'],
    eligibility: {
      legalStatus: ['refugee', 'subsidiary_protection', 'stateless'],
      public: ['young_people'],
      age: { min: 18, max: 25 },
      frenchLevel: 'not_applicable',
      price: { kind: 'paid', amountEuros: 150, period: 'month' },
      conditions: ['residence_permit', 'orientation_by_professional'],
      location: { kind: 'departments', departments: ['69', '38', '42'] },
      commitment: { duration: '6 à 18 mois', frequency: 'weekly' },
    },
    sections: {
      what: {
        id: 'what',
        title: "Premier Toit Jeunes, c'est quoi ?",
        body: `**Premier Toit Jeunes** propose aux jeunes réfugiés de **18 à 25 ans** une chambre ou un studio meublé dans une **résidence pour jeunes** (foyer de jeunes travailleurs), pour **6 à 18 mois**.

Chaque jeune est suivi par un **référent** qui l'aide à gérer son budget, trouver un emploi ou une formation, et préparer la suite : un logement à soi.

Les résidences accueillent aussi des jeunes Français : c'est un lieu pour **vivre ensemble**.`,
      },
      why: [
        {
          id: 'why-loyer',
          title: 'Un loyer adapté à vos revenus',
          body: `Le loyer comprend les charges (eau, électricité, internet). Avec l'**aide au logement de la CAF**, il reste souvent **environ 100 à 200 € par mois** à payer, selon vos revenus.

Le référent vous aide à demander l'aide au logement dès votre arrivée. Les montants changent : demandez une simulation avant d'entrer.`,
        },
        {
          id: 'why-referent',
          title: 'Un référent pour devenir autonome',
          body: `Vous voyez votre référent **chaque semaine** au début, puis moins souvent. Il vous aide pour :
- les démarches (CAF, Assurance Maladie, banque) ;
- la recherche d'emploi ou de formation, avec la Mission locale et le **contrat d'engagement jeune** ;
- le budget et les factures.

Le but : que vous puissiez ensuite louer un logement seul.`,
        },
        {
          id: 'why-collectif',
          title: 'Une vie collective',
          body: `La résidence propose des **activités** : repas partagés, sport, sorties, ateliers cuisine ou informatique.

Vous rencontrez d'autres jeunes, vous pratiquez le français et vous créez un réseau. Si vous avez besoin de calme, vous gardez votre espace : la chambre est **à vous seul**.`,
        },
      ],
      how: [
        {
          id: 'how-orientation',
          title: 'Demander une place',
          body: `1. Parlez du programme à votre **travailleur social**, à la Mission locale ou à votre centre d'hébergement : la demande passe par un professionnel.
2. Il envoie une **fiche d'orientation** à l'association.
3. Vous êtes invité à un **entretien** et à une visite de la résidence.
4. Si une place est libre, vous signez un contrat de résidence.

> [!IMPORTANT]
> Les places sont limitées et l'attente peut durer plusieurs mois : faites la demande tôt.`,
        },
      ],
      next: [],
    },
    places: [
      {
        id: 'residence-lyon',
        name: "Résidence jeunes Premier Toit – Lyon 8e (adresse d'exemple)",
        address: { street: "45 avenue de l'Exemple", postalCode: '69008', city: 'Lyon' },
        openingHours: 'Accueil du lundi au vendredi, 9 h – 19 h',
        coordinates: { lat: 45.7368, lng: 4.8699 },
      },
    ],
    contacts: [],
    externalLink: { url: 'https://www.caf.fr', label: 'Aides au logement – caf.fr' },
  },
  translations: {
    ar: {
      header: {
        title: 'سكن ومرافقة للاجئين الشباب من 18 إلى 25 سنة',
        body: 'غرفة في إقامة للشباب، وإيجار مناسب، ومرافق يساعدك على الاستقلال.',
      },
      what: {
        title: 'ما هو برنامج Premier Toit Jeunes؟',
        body: `يقترح **Premier Toit Jeunes** على اللاجئين الشباب من **18 إلى 25 سنة** غرفة أو استوديو مفروشًا في **إقامة للشباب** (foyer de jeunes travailleurs)، لمدة **6 إلى 18 شهرًا**.

يتابع كلَّ شاب **مرافقٌ** يساعده على تدبير ميزانيته، وإيجاد عمل أو تكوين، والتحضير للمرحلة التالية: سكن خاص به.

تستقبل الإقامات أيضًا شبابًا فرنسيين: إنها مكان **للعيش معًا**.`,
      },
    },
  },
};
