import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'permis-solidaire',
  publishedDaysAgo: 400,
  content: {
    type: 'dispositif',
    title: 'Passer le permis de conduire à prix réduit dans une auto-école associative',
    brandTitle: 'Permis Solidaire',
    sponsor: 'Auto-écoles associatives partenaires',
    summary: 'Une auto-école associative vous prépare au permis B à prix réduit, avec des cours adaptés.',
    mainTheme: 'mobilite',
    secondaryThemes: ['travail'],
    needs: ['permis-de-conduire', 'chercher-un-emploi'],
    eligibility: {
      legalStatus: ['refugee', 'subsidiary_protection', 'temporary_protection', 'stateless'],
      public: ['all'],
      age: { min: 18 },
      frenchLevel: ['A2', 'B1', 'B2'],
      price: { kind: 'paid', amountEuros: 300, period: 'once' },
      conditions: ['residence_permit', 'orientation_by_professional'],
      location: { kind: 'departments', departments: ['13', '84', '06'] },
      commitment: { duration: '6 à 12 mois', hoursPerWeek: 4, frequency: 'several_per_week' },
    },
    sections: {
      what: {
        id: 'what',
        title: "Permis Solidaire, c'est quoi ?",
        body: `**Permis Solidaire** aide les personnes qui ont besoin du permis B pour travailler, mais qui ne peuvent pas payer une auto-école classique.

Les cours ont lieu dans une **auto-école associative** (on dit aussi auto-école sociale). Elle prépare au **code de la route** et à la **conduite**, avec plus d'heures et des explications adaptées aux personnes qui apprennent encore le français.

Le prix est réduit grâce à des aides publiques et privées.`,
      },
      why: [
        {
          id: 'why-prix',
          title: 'Un prix réduit',
          body: `Le prix dépend de votre situation. Il reste **bien plus bas** que dans une auto-école classique : par exemple **environ 300 €** pour tout le parcours.

D'autres aides peuvent réduire encore ce montant : France Travail, la région, ou votre compte personnel de formation (CPF) si vous avez déjà travaillé. Le prix exact vous est donné à l'inscription.`,
        },
        {
          id: 'why-code',
          title: 'Un code de la route expliqué simplement',
          body: `Le code de la route utilise beaucoup de mots difficiles. Ici, les formateurs expliquent avec des **images**, des mots simples et des exercices en petit groupe.

Vous avancez à votre rythme. Vous passez l'examen du code seulement quand vous êtes prêt, et la conduite quand le moniteur le juge possible.`,
        },
        {
          id: 'why-emploi',
          title: 'Un permis pour trouver du travail',
          body: `Beaucoup d'emplois demandent le permis : livraison, bâtiment, aide à domicile, travail tôt le matin ou loin des transports.

Le programme travaille avec des **conseillers emploi**. Le but n'est pas seulement de réussir l'examen, mais d'avancer dans votre **projet professionnel**. Votre conseiller vous aide ensuite à chercher un poste.`,
        },
      ],
      how: [
        {
          id: 'how-orientation',
          title: 'Être orienté vers le programme',
          body: `1. Parlez-en à votre conseiller France Travail, à la Mission locale ou à votre travailleur social : c'est lui qui vous **oriente** vers le programme.
2. Vous passez un **entretien** et un petit test de français.
3. Vous signez un contrat de formation et vous commencez par le code.

> [!IMPORTANT]
> Vous avez un permis étranger ? Vérifiez d'abord si vous pouvez l'**échanger** : c'est plus simple et gratuit.`,
        },
      ],
      next: [],
    },
    places: [
      {
        id: 'permis-solidaire-marseille',
        name: "Auto-école associative Permis Solidaire – Marseille (adresse d'exemple)",
        address: { street: "30 rue de l'Exemple", postalCode: '13015', city: 'Marseille' },
        openingHours: 'Du lundi au samedi, 9 h – 18 h',
        coordinates: { lat: 43.3485, lng: 5.3619 },
      },
    ],
    contacts: [],
    externalLink: { url: 'https://www.service-public.fr', label: 'Permis de conduire – service-public.fr' },
  },
  translations: {},
};
