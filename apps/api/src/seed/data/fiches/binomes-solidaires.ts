import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'binomes-solidaires',
  publishedDaysAgo: 260,
  content: {
    type: 'dispositif',
    title: 'Rencontrer un habitant qui vous accompagne pendant un an : le parrainage citoyen',
    brandTitle: 'Binômes solidaires',
    sponsor: 'Réseau associatif de parrainage citoyen',
    summary: 'Un bénévole et vous, en binôme : sorties, conversation, aide pour la vie de tous les jours.',
    mainTheme: 'vie-quotidienne-culture',
    secondaryThemes: ['apprendre-le-francais'],
    needs: ['rencontrer-des-gens', 'comprendre-la-vie-en-france', 'pratiquer-le-francais'],
    eligibility: {
      legalStatus: ['asylum_seeker', 'refugee', 'subsidiary_protection', 'temporary_protection', 'stateless'],
      public: ['all'],
      age: { min: 18 },
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: 'not_applicable',
      location: { kind: 'departments', departments: ['33', '31', '44', '35', '67'] },
      commitment: { duration: 'Au moins 1 an', hoursPerWeek: 2, frequency: 'weekly' },
    },
    sections: {
      what: {
        id: 'what',
        title: "Binômes solidaires, c'est quoi ?",
        body: `**Binômes solidaires** met en relation une personne réfugiée ou exilée avec un **habitant bénévole** de sa ville. Ensemble, vous formez un **binôme** pendant au moins un an.

Vous vous voyez environ **une fois par semaine**, quand vous le voulez : un café, une promenade, une visite, un repas.

Le bénévole n'est pas un travailleur social. C'est une personne qui vous **accueille**, vous écoute et vous aide à comprendre la vie en France.`,
      },
      why: [
        {
          id: 'why-francais',
          title: 'Pratiquer le français en confiance',
          body: `Parler avec la même personne chaque semaine aide à **progresser vite**, sans avoir peur de faire des erreurs.

Vous apprenez les mots de tous les jours, les expressions, l'humour. Votre binôme peut aussi vous aider à préparer un rendez-vous important ou à comprendre une lettre.`,
        },
        {
          id: 'why-reseau',
          title: 'Un réseau dans votre nouvelle ville',
          body: `Votre binôme vous fait découvrir son quartier, ses amis, ses activités : **club de sport, chorale, jardin partagé, bibliothèque**.

Petit à petit, vous avez des contacts. Ils peuvent vous aider à trouver un logement, un stage ou un emploi, et surtout à vous sentir **moins seul**.`,
        },
        {
          id: 'why-echange',
          title: 'Un échange dans les deux sens',
          body: `Le parrainage n'est pas à sens unique. Vous partagez aussi votre culture, votre cuisine, votre langue, et votre histoire si vous le souhaitez.

L'association organise des **fêtes et des sorties** pour tous les binômes. Une personne de l'équipe reste disponible si vous avez une question ou une difficulté.`,
        },
      ],
      how: [
        {
          id: 'how-inscription',
          title: 'Demander un binôme',
          body: `1. Remplissez le **formulaire d'inscription** de l'association, ou demandez à votre travailleur social de le faire avec vous.
2. Vous avez un **entretien** pour parler de vos envies : activités, langues, disponibilités.
3. L'association vous présente un bénévole qui vous correspond. La première rencontre se fait avec un membre de l'équipe.

> [!INFO]
> Vous pouvez arrêter le binôme à tout moment. Dites-le simplement à l'association.`,
        },
      ],
      next: [],
    },
    places: [
      {
        id: 'binomes-bordeaux',
        name: "Binômes solidaires – Bordeaux (adresse d'exemple)",
        address: { street: "8 cours de l'Exemple", postalCode: '33000', city: 'Bordeaux' },
        openingHours: 'Mardi et jeudi, 10 h – 18 h',
        coordinates: { lat: 44.8378, lng: -0.5792 },
      },
    ],
    contacts: [{ id: 'binomes-equipe', name: 'Équipe Binômes solidaires', email: 'binomes@example.org' }],
  },
  translations: {
    en: {
      header: {
        title: 'Meet a local resident who supports you for a year: citizen mentoring',
        body: 'You and a volunteer, as a pair: outings, conversation, help with everyday life.',
      },
    },
  },
};
