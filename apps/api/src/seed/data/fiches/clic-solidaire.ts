import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'clic-solidaire',
  publishedDaysAgo: 210,
  content: {
    type: 'dispositif',
    title: 'Apprendre à utiliser un smartphone et faire ses démarches en ligne',
    brandTitle: 'Clic Solidaire',
    sponsor: 'Réseau de médiation numérique des Hauts-de-France',
    summary:
      "Des ateliers gratuits pour utiliser un téléphone, un ordinateur et les sites de l'administration.",
    mainTheme: 'education-formation',
    secondaryThemes: ['demarches-administratives'],
    needs: ['numerique', 'integration'],
    eligibility: {
      legalStatus: [
        'asylum_seeker',
        'refugee',
        'subsidiary_protection',
        'temporary_protection',
        'stateless',
        'french_citizen',
      ],
      public: ['all', 'seniors'],
      age: { min: 16 },
      frenchLevel: ['A1', 'A2', 'B1'],
      price: { kind: 'free' },
      conditions: 'not_applicable',
      location: { kind: 'departments', departments: ['59', '62', '80'] },
      commitment: {
        duration: '8 séances de 2 heures',
        hoursPerWeek: 2,
        frequency: 'weekly',
        weekdays: ['wed'],
      },
    },
    sections: {
      what: {
        id: 'what',
        title: "Clic Solidaire, c'est quoi ?",
        body: `**Clic Solidaire** propose des ateliers pour apprendre à utiliser le **numérique** : smartphone, ordinateur, e-mail, internet.

En France, beaucoup de démarches se font en ligne : CAF, Assurance Maladie, France Travail, école. Les ateliers vous aident à les faire **vous-même**, en sécurité.

Les ateliers ont lieu en petit groupe, avec un **médiateur numérique**, dans des médiathèques, des centres sociaux et des espaces France Services.`,
      },
      why: [
        {
          id: 'why-debutant',
          title: "Même si vous n'avez jamais utilisé d'ordinateur",
          body: `Les ateliers commencent par la **base** : allumer l'ordinateur, utiliser le clavier, se connecter au wifi, prendre un document en photo.

Les explications sont simples, avec des images. Vous pouvez venir avec **votre propre téléphone** pour apprendre sur votre appareil. Le médiateur prend le temps de répéter.`,
        },
        {
          id: 'why-securite',
          title: 'Se protéger des arnaques',
          body: `Vous apprenez à créer un **mot de passe** solide et à reconnaître les faux messages et les faux sites qui demandent de l'argent.

> [!IMPORTANT]
> Les démarches sur les sites officiels (par exemple ceux qui finissent par **.gouv.fr**) sont en général gratuites. Méfiez-vous des sites qui vous demandent de payer pour un titre de séjour ou une carte grise.`,
        },
        {
          id: 'why-autonomie',
          title: 'Gagner en autonomie',
          body: `À la fin des 8 séances, vous savez créer votre **compte ameli**, votre **espace CAF** et utiliser votre boîte e-mail.

Vous dépendez moins des autres pour vos papiers. Si vous êtes bloqué plus tard, vous pouvez revenir poser une question pendant les **permanences libres**.`,
        },
      ],
      how: [
        {
          id: 'how-inscription',
          title: "S'inscrire aux ateliers",
          body: `1. Passez à la médiathèque ou au centre social le plus proche (voir les lieux).
2. Dites votre niveau et ce que vous voulez apprendre.
3. Vous recevez la date du prochain cycle d'ateliers.

Pas de matériel ? Des ordinateurs sont prêtés pendant les ateliers.

> [!INFO]
> Vous avez besoin d'aide tout de suite pour une démarche ? Allez dans un espace **France Services** : un agent vous aide gratuitement.`,
        },
      ],
      next: [],
    },
    places: [
      {
        id: 'clic-lille',
        name: "Clic Solidaire – médiathèque de quartier, Lille (adresse d'exemple)",
        address: { street: "3 place de l'Exemple", postalCode: '59000', city: 'Lille' },
        openingHours: 'Ateliers le mercredi, 14 h – 16 h ; permanences libres le vendredi matin',
        coordinates: { lat: 50.6292, lng: 3.0573 },
      },
    ],
    contacts: [],
    externalLink: { url: 'https://www.service-public.fr', label: 'Trouver un espace France Services' },
  },
  translations: {
    ru: {
      header: {
        title: 'Научиться пользоваться смартфоном и оформлять документы онлайн',
        body: 'Бесплатные занятия: как пользоваться телефоном, компьютером и сайтами госучреждений.',
      },
      what: {
        title: 'Что такое Clic Solidaire?',
        body: `**Clic Solidaire** предлагает занятия, на которых учат пользоваться **цифровыми технологиями**: смартфоном, компьютером, электронной почтой, интернетом.

Во Франции многие процедуры проходят онлайн: CAF, медицинское страхование, France Travail, школа. Занятия помогут вам делать это **самостоятельно** и безопасно.

Занятия проходят в небольших группах с **цифровым медиатором** в библиотеках, социальных центрах и пунктах France Services.`,
      },
    },
  },
};
