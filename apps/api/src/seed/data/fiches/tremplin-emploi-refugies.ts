import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'tremplin-emploi-refugies',
  publishedDaysAgo: 55,
  content: {
    type: 'dispositif',
    title: "Être accompagné vers l'emploi pendant 6 mois avec un coach",
    brandTitle: 'Tremplin Emploi Réfugiés',
    sponsor: "Collectif d'associations pour l'insertion professionnelle",
    summary: 'Un coach vous aide à construire votre projet, préparer votre CV et trouver un emploi.',
    mainTheme: 'travail',
    secondaryThemes: ['education-formation'],
    needs: ['etre-accompagne-vers-l-emploi', 'chercher-un-emploi', 'droits-au-travail', 'se-former'],
    eligibility: {
      legalStatus: ['refugee', 'subsidiary_protection', 'temporary_protection', 'stateless'],
      public: ['all'],
      age: { min: 18 },
      frenchLevel: ['A2', 'B1', 'B2'],
      price: { kind: 'free' },
      conditions: ['residence_permit', 'france_travail_registration'],
      location: { kind: 'departments', departments: ['75', '92', '93', '94', '69'] },
      commitment: { duration: '6 mois', hoursPerWeek: 6, frequency: 'weekly', weekdays: ['mon', 'wed'] },
    },
    sections: {
      what: {
        id: 'what',
        title: "Tremplin Emploi Réfugiés, c'est quoi ?",
        body: `**Tremplin Emploi Réfugiés** est un accompagnement de **6 mois** pour les personnes protégées qui cherchent un emploi.

Chaque participant a un **coach** qui le suit du début à la fin. Le programme combine :
- des rendez-vous individuels ;
- des ateliers en groupe (CV, entretien, règles du travail en France) ;
- des rencontres avec des **entreprises** qui recrutent.

Le programme travaille avec France Travail : il ne le remplace pas.`,
      },
      why: [
        {
          id: 'why-coach',
          title: 'Un coach rien que pour vous',
          body: `Votre coach apprend à vous connaître : votre parcours, vos diplômes, vos contraintes. Il vous aide à choisir un **projet réaliste**, en tenant compte de votre expérience dans votre pays.

Vous le voyez **au moins une fois par semaine**. Entre les rendez-vous, vous pouvez lui écrire par message.`,
        },
        {
          id: 'why-entreprises',
          title: 'Des portes ouvertes chez les employeurs',
          body: `Le programme a des **entreprises partenaires** dans la logistique, le bâtiment, la restauration, l'aide à la personne et le numérique.

Vous pouvez faire des **immersions** de quelques jours en entreprise, avec l'accord de France Travail, pour découvrir un métier et montrer ce que vous savez faire. Beaucoup d'embauches commencent comme ça.`,
        },
        {
          id: 'why-francais-pro',
          title: 'Du français pour le travail',
          body: `Le programme propose des cours de **français professionnel** : comprendre une consigne, parler avec des collègues, lire une fiche de paie.

Les ateliers expliquent aussi les **règles du travail en France** : contrat, salaire minimum, horaires, droits des salariés. Vous savez mieux vous protéger contre le travail non déclaré.`,
        },
      ],
      how: [
        {
          id: 'how-candidater',
          title: 'Candidater au programme',
          body: `1. Parlez du programme à votre conseiller **France Travail**, à votre travailleur social ou à votre association : ils peuvent vous orienter.
2. Vous êtes invité à une **réunion d'information** collective.
3. Un entretien permet de vérifier que le programme vous convient.

Les groupes démarrent plusieurs fois par an.

> [!IMPORTANT]
> Il faut être inscrit à France Travail et avoir un titre de séjour qui autorise à travailler.`,
        },
      ],
      next: [],
    },
    places: [
      {
        id: 'tremplin-saint-denis',
        name: "Tremplin Emploi Réfugiés – antenne de Saint-Denis (adresse d'exemple)",
        address: { street: "20 avenue de l'Exemple", postalCode: '93200', city: 'Saint-Denis' },
        openingHours: 'Du lundi au vendredi, 9 h – 17 h, sur rendez-vous',
        coordinates: { lat: 48.9362, lng: 2.3574 },
      },
    ],
    contacts: [
      {
        id: 'equipe-tremplin',
        name: 'Équipe Tremplin',
        role: 'Orientation des candidats',
        email: 'tremplin@example.org',
      },
    ],
    externalLink: { url: 'https://www.francetravail.fr', label: 'France Travail' },
  },
  translations: {
    ar: {
      header: {
        title: 'مرافقة نحو العمل لمدة 6 أشهر مع مدرّب',
        body: 'يساعدك مدرّب على بناء مشروعك وتحضير سيرتك الذاتية وإيجاد عمل.',
      },
      what: {
        title: 'ما هو برنامج Tremplin Emploi Réfugiés؟',
        body: `**Tremplin Emploi Réfugiés** مرافقة لمدة **6 أشهر** للأشخاص الحاصلين على الحماية الذين يبحثون عن عمل.

لكل مشارك **مدرّب** يتابعه من البداية إلى النهاية. يجمع البرنامج بين:
- مواعيد فردية؛
- ورشات جماعية (السيرة الذاتية، المقابلة، قواعد العمل في فرنسا)؛
- لقاءات مع **شركات** توظّف.

يعمل البرنامج مع France Travail: لا يحلّ محلّها.`,
      },
    },
    uk: {
      header: {
        title: 'Супровід у пошуку роботи протягом 6 місяців із коучем',
        body: 'Коуч допомагає вам скласти професійний план, підготувати резюме і знайти роботу.',
      },
      what: {
        title: 'Що таке Tremplin Emploi Réfugiés?',
        body: `**Tremplin Emploi Réfugiés** — це **6-місячний** супровід для людей під захистом, які шукають роботу.

Кожен учасник має **коуча**, який супроводжує його від початку до кінця. Програма поєднує:
- індивідуальні зустрічі;
- групові заняття (резюме, співбесіда, правила праці у Франції);
- зустрічі з **компаніями**, що наймають працівників.

Програма співпрацює з France Travail, але не замінює її.`,
      },
    },
  },
};
