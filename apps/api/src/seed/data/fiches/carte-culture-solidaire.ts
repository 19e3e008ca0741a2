import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'carte-culture-solidaire',
  publishedDaysAgo: 14,
  content: {
    type: 'dispositif',
    title: 'Sortir au musée, au théâtre ou au cinéma gratuitement avec une carte culture',
    brandTitle: 'Carte Culture Solidaire',
    sponsor: 'Réseau de lieux culturels partenaires',
    summary:
      'Une carte gratuite pour aller au musée, au théâtre, au cinéma ou au concert, seul ou en famille.',
    mainTheme: 'vie-quotidienne-culture',
    secondaryThemes: [],
    needs: ['culture-et-loisirs', 'rencontrer-des-gens'],
    eligibility: {
      legalStatus: ['asylum_seeker', 'refugee', 'subsidiary_protection', 'temporary_protection', 'stateless'],
      public: ['all', 'families'],
      age: 'not_applicable',
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: ['orientation_by_professional'],
      location: { kind: 'departments', departments: ['75', '92', '93', '94', '59', '69'] },
      commitment: { duration: 'Carte valable 1 an', frequency: 'flexible' },
    },
    sections: {
      what: {
        id: 'what',
        title: "La Carte Culture Solidaire, c'est quoi ?",
        body: `La **Carte Culture Solidaire** donne accès gratuitement à des **musées, théâtres, cinémas, concerts et matchs** dans les lieux partenaires.

Elle est à votre nom et valable **un an**. Elle sert aussi pour vos enfants de moins de 18 ans qui vous accompagnent.

Chaque mois, le réseau publie une liste de **sorties conseillées**, avec des spectacles sans paroles ou faciles à comprendre quand on apprend le français.`,
      },
      why: [
        {
          id: 'why-gratuit',
          title: 'Des sorties sans payer',
          body: `Avec peu d'argent, la culture paraît souvent réservée aux autres. La carte permet de sortir **sans dépenser**, aussi souvent que vous le voulez, dans la limite des places.

Certains musées sont déjà gratuits pour les jeunes : la carte ajoute d'autres lieux et des spectacles qui ne le sont pas.`,
        },
        {
          id: 'why-famille',
          title: 'Partager un moment en famille',
          body: `Les sorties sont une bonne occasion de passer du temps avec vos enfants et de **découvrir la ville** ensemble.

Beaucoup de lieux proposent des **ateliers pour enfants**, des visites contées et des activités pendant les vacances scolaires. La carte vous donne accès à ces activités.`,
        },
        {
          id: 'why-francais',
          title: 'Apprendre en vous amusant',
          body: `Aller au cinéma ou au théâtre aide à **entendre le français** autrement. Les films sous-titrés et les visites en petits groupes sont de bons exercices.

Le réseau organise aussi des **sorties accompagnées** par des bénévoles : vous n'êtes pas seul la première fois, et vous rencontrez d'autres personnes.`,
        },
      ],
      how: [
        {
          id: 'how-obtenir',
          title: 'Obtenir la carte',
          body: `1. Demandez la carte à votre **travailleur social**, à votre association ou à votre centre d'hébergement : ce sont eux qui font la demande.
2. Donnez votre nom, une photo et le nombre d'enfants qui vous accompagnent.
3. Vous recevez la carte en quelques semaines.

Pour sortir, montrez la carte à l'accueil du lieu ou réservez sur le site du réseau.

> [!INFO]
> Réservez tôt pour les spectacles : les places gratuites partent vite.`,
        },
      ],
      next: [],
    },
    places: [],
    contacts: [
      { id: 'carte-culture', name: 'Accueil Carte Culture Solidaire', email: 'culture@example.org' },
    ],
  },
  translations: {},
};
