import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'ateliers-de-francais-parlons-ensemble',
  publishedDaysAgo: 18,
  content: {
    type: 'dispositif',
    title: 'Pratiquer le français près de chez vous dans un atelier associatif',
    brandTitle: 'Ateliers « Parlons ensemble »',
    sponsor: 'Réseau des ateliers sociolinguistiques de quartier',
    summary:
      'Des ateliers de français à petit prix, en petits groupes, pour parler dans la vie de tous les jours.',
    mainTheme: 'apprendre-le-francais',
    secondaryThemes: ['vie-quotidienne-culture'],
    needs: [
      'cours-de-francais',
      'pratiquer-le-francais',
      'apprendre-a-lire-et-ecrire',
      'rencontrer-des-gens',
    ],
    eligibility: {
      legalStatus: ['asylum_seeker', 'refugee', 'subsidiary_protection', 'temporary_protection', 'stateless'],
      public: ['all'],
      age: { min: 16 },
      frenchLevel: ['alpha', 'A1', 'A2', 'B1'],
      price: { kind: 'paid', amountEuros: 10, period: 'year' },
      conditions: 'not_applicable',
      location: { kind: 'departments', departments: ['75', '93', '69', '13'] },
      commitment: {
        duration: 'Une année scolaire (de septembre à juin)',
        hoursPerWeek: 4,
        frequency: 'several_per_week',
        weekdays: ['tue', 'thu'],
      },
    },
    sections: {
      what: {
        id: 'what',
        title: "Les ateliers « Parlons ensemble », c'est quoi ?",
        body: `Les **ateliers « Parlons ensemble »** sont des cours de français en **petits groupes** (8 à 12 personnes), animés par des formateurs et des bénévoles d'associations de quartier.

On y apprend le français utile tous les jours : faire des courses, prendre rendez-vous chez le médecin, parler à l'école de ses enfants, comprendre un courrier.

Les ateliers accueillent aussi les personnes qui **apprennent à lire et à écrire**, et les **demandeurs d'asile**, qui n'ont pas accès aux cours de l'OFII.`,
      },
      why: [
        {
          id: 'why-ouvert',
          title: "Ouvert à tous, dès l'arrivée",
          body: `Pas besoin d'attendre un titre de séjour : les ateliers sont ouverts aux **demandeurs d'asile** et à toute personne qui veut apprendre, quelle que soit sa situation.

L'inscription demande seulement une **adhésion** à l'association, d'environ 10 € par an. Si vous ne pouvez pas payer, dites-le : une solution est toujours trouvée.`,
        },
        {
          id: 'why-petits-groupes',
          title: 'En petits groupes, à votre rythme',
          body: `Les groupes sont **petits** et organisés par niveau. Vous pouvez poser vos questions et parler beaucoup.

Les horaires sont pensés pour les parents : les ateliers du matin se terminent avant la sortie de l'école. Dans certains lieux, une **garde d'enfants** est proposée pendant le cours.`,
        },
        {
          id: 'why-sorties',
          title: 'Des sorties pour découvrir la ville',
          body: `Une fois par mois, le groupe sort ensemble : **marché, bibliothèque, musée, mairie, transports**.

Ces sorties permettent de pratiquer le français en vrai, de connaître les services près de chez vous et de **rencontrer d'autres personnes**. Beaucoup de participants s'y font leurs premiers amis en France.`,
        },
      ],
      how: [
        {
          id: 'how-inscription',
          title: "S'inscrire à un atelier",
          body: `1. Venez à une **permanence d'inscription** (voir les lieux), en septembre ou en janvier. En cours d'année, c'est possible s'il reste des places.
2. Un formateur évalue votre niveau pendant un court entretien.
3. Vous recevez le jour et l'heure de votre groupe.

Apportez une pièce d'identité ou votre attestation, et un numéro de téléphone.

> [!INFO]
> Vous avez signé le CIR ? Suivez d'abord la formation de l'OFII : les ateliers peuvent la compléter.`,
        },
      ],
      next: [],
    },
    places: [
      {
        id: 'atelier-paris-18',
        name: "Atelier « Parlons ensemble » – Paris 18e (adresse d'exemple)",
        address: { street: "12 rue de l'Exemple", postalCode: '75018', city: 'Paris' },
        openingHours: 'Inscriptions le lundi, 14 h – 17 h',
        coordinates: { lat: 48.8925, lng: 2.3444 },
      },
      {
        id: 'atelier-marseille',
        name: "Atelier « Parlons ensemble » – Marseille 3e (adresse d'exemple)",
        address: { street: "5 boulevard de l'Exemple", postalCode: '13003', city: 'Marseille' },
        openingHours: 'Inscriptions le mercredi, 9 h 30 – 12 h',
        coordinates: { lat: 43.3129, lng: 5.3806 },
      },
    ],
    contacts: [
      {
        id: 'coordination',
        name: 'Coordination des ateliers',
        role: 'Inscriptions et informations',
        email: 'contact@example.org',
      },
    ],
  },
  translations: {
    en: {
      header: {
        title: 'Practise French near you in a community workshop',
        body: 'Low-cost French workshops in small groups, to speak in everyday life.',
      },
      what: {
        title: 'What are the "Parlons ensemble" workshops?',
        body: `The **"Parlons ensemble" workshops** ("Let's talk together") are French classes in **small groups** (8 to 12 people), run by trainers and volunteers from local associations.

You learn the French you need every day: shopping, making a doctor's appointment, talking to your children's school, understanding a letter.

The workshops also welcome people who are **learning to read and write**, and **asylum seekers**, who cannot attend OFII classes.`,
      },
      'why-ouvert': {
        title: 'Open to everyone, from the day you arrive',
        body: `No need to wait for a residence permit: the workshops are open to **asylum seekers** and to anyone who wants to learn, whatever their situation.

You only need to pay a **membership fee** to the association, about €10 a year. If you cannot pay, say so: a solution is always found.`,
      },
    },
    uk: {
      header: {
        title: 'Практикувати французьку поруч із домом в асоціативній майстерні',
        body: 'Недорогі заняття французькою в малих групах, щоб розмовляти в повсякденному житті.',
      },
      what: {
        title: 'Що таке майстерні «Parlons ensemble»?',
        body: `**Майстерні «Parlons ensemble»** («Говорімо разом») — це заняття французькою в **малих групах** (8–12 осіб), які ведуть викладачі та волонтери місцевих асоціацій.

Тут вивчають французьку, потрібну щодня: робити покупки, записатися до лікаря, поговорити зі школою дітей, зрозуміти лист.

Майстерні приймають також людей, які **вчаться читати й писати**, і **шукачів притулку**, які не мають доступу до курсів OFII.`,
      },
    },
  },
};
