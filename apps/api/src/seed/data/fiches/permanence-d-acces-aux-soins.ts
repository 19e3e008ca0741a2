import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'permanence-d-acces-aux-soins',
  publishedDaysAgo: 27,
  content: {
    type: 'dispositif',
    title: "Être soigné à l'hôpital même sans couverture santé : les PASS",
    brandTitle: "PASS – Permanence d'accès aux soins de santé",
    sponsor: 'Hôpitaux publics',
    summary: "Sans couverture santé, vous pouvez être soigné dans une PASS, à l'hôpital public, sans payer.",
    mainTheme: 'sante',
    secondaryThemes: [],
    needs: ['se-soigner', 'couverture-sante'],
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
      age: 'not_applicable',
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: 'not_applicable',
      location: { kind: 'nationwide' },
      commitment: { duration: "Le temps d'ouvrir vos droits", frequency: 'flexible' },
    },
    sections: {
      what: {
        id: 'what',
        title: "Une PASS, c'est quoi ?",
        body: `Les **PASS** (permanences d'accès aux soins de santé) sont des services des **hôpitaux publics**. Elles soignent les personnes qui n'ont **pas de couverture santé**, ou une couverture incomplète.

Vous pouvez y voir :
- un **médecin** ;
- une **assistante sociale**, qui vous aide à ouvrir vos droits (PUMa, CSS, AME) ;
- parfois un dentiste ou un psychologue.

Les médicaments prescrits sont souvent donnés sur place.`,
      },
      why: [
        {
          id: 'why-gratuit',
          title: "Des soins sans avancer d'argent",
          body: `Tant que vos droits ne sont pas ouverts, la PASS vous soigne **sans vous demander de payer**. C'est utile pendant les 3 mois d'attente des demandeurs d'asile adultes, ou si vous n'avez aucun papier.

Les examens (prise de sang, radio) peuvent aussi être faits à l'hôpital.`,
        },
        {
          id: 'why-droits',
          title: 'Une aide pour vos droits',
          body: `L'**assistante sociale** de la PASS vérifie à quelle couverture santé vous avez droit et prépare le dossier avec vous.

Quand vos droits sont ouverts, elle vous aide à trouver un **médecin traitant** en ville. La PASS est une porte d'entrée, pas un suivi pour toujours.`,
        },
        {
          id: 'why-interprete',
          title: 'Un interprète si besoin',
          body: `Les équipes des PASS ont l'habitude de recevoir des personnes qui parlent peu français. Elles peuvent appeler un **interprète par téléphone**.

Vous pouvez parler en confiance : le **secret médical** s'applique. L'hôpital ne donne pas vos informations médicales à la préfecture ou à la police.`,
        },
      ],
      how: [
        {
          id: 'how-consulter',
          title: 'Consulter dans une PASS',
          body: `1. Cherchez l'hôpital public le plus proche qui a une PASS : demandez à l'accueil de l'hôpital ou à une association.
2. Venez aux heures d'ouverture de la PASS, avec vos papiers si vous en avez. Aucun papier n'est obligatoire pour être reçu.
3. Vous voyez d'abord un infirmier ou une assistante sociale, puis un médecin.

> [!IMPORTANT]
> En cas d'urgence grave, allez aux **urgences** de l'hôpital ou appelez le **15**.`,
        },
      ],
      next: [],
    },
    places: [
      {
        id: 'pass-toulouse',
        name: "PASS – hôpital public de Toulouse (adresse d'exemple)",
        address: { street: "2 rue de l'Hôpital-Exemple", postalCode: '31300', city: 'Toulouse' },
        openingHours: 'Du lundi au vendredi, 8 h 30 – 16 h 30, sans rendez-vous le matin',
        coordinates: { lat: 43.6014, lng: 1.4239 },
      },
    ],
    contacts: [],
    externalLink: { url: 'https://www.ameli.fr', label: 'ameli.fr' },
  },
  translations: {
    en: {
      header: {
        title: 'Getting hospital care even without health cover: the PASS',
        body: 'Without health cover, you can get free care at a PASS, in a public hospital.',
      },
      what: {
        title: 'What is a PASS?',
        body: `**PASS** (healthcare access services) are departments of **public hospitals**. They treat people who have **no health cover**, or only partial cover.

There you can see:
- a **doctor**;
- a **social worker**, who helps you open your rights (PUMa, CSS, AME);
- sometimes a dentist or a psychologist.

Prescribed medicines are often given on site.`,
      },
    },
    ar: {
      header: {
        title: 'العلاج في المستشفى حتى دون تغطية صحية: خدمات PASS',
        body: 'دون تغطية صحية، يمكنك أن تتعالج مجانًا في PASS، في المستشفى العمومي.',
      },
      what: {
        title: 'ما هي PASS؟',
        body: `**PASS** (خدمات الوصول إلى العلاج) هي أقسام في **المستشفيات العمومية**. تعالج الأشخاص الذين **ليست لديهم تغطية صحية**، أو لديهم تغطية ناقصة.

يمكنك أن تقابل هناك:
- **طبيبًا**؛
- **مساعدة اجتماعية** تساعدك على فتح حقوقك (PUMa، CSS، AME)؛
- أحيانًا طبيب أسنان أو أخصّائيًا نفسيًا.

تُعطى الأدوية الموصوفة غالبًا في عين المكان.`,
      },
    },
    fa: {
      header: {
        title: 'تداوی در شفاخانه حتی بدون بیمه صحی: PASS',
        body: 'بدون بیمه صحی، می‌توانید در یک PASS در شفاخانه دولتی رایگان تداوی شوید.',
      },
    },
  },
};
