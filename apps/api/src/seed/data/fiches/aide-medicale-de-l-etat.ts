import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'aide-medicale-de-l-etat',
  publishedDaysAgo: 240,
  content: {
    type: 'demarche',
    title: "Demander l'aide médicale de l'État (AME) pour vous soigner sans titre de séjour",
    summary: "Sans titre de séjour depuis plus de 3 mois ? L'AME peut prendre en charge vos soins.",
    administration: 'Assurance Maladie (CPAM)',
    mainTheme: 'sante',
    secondaryThemes: [],
    needs: ['couverture-sante', 'se-soigner'],
    eligibility: {
      legalStatus: 'not_applicable',
      public: ['all'],
      age: 'not_applicable',
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: ['income_below_threshold', 'address_or_domiciliation'],
      location: { kind: 'nationwide' },
      commitment: 'not_applicable',
    },
    sections: {
      what: {
        id: 'what',
        title: "L'AME, c'est quoi ?",
        body: `L'**aide médicale de l'État (AME)** permet aux personnes **sans titre de séjour** de se soigner sans payer : médecin, hôpital, médicaments, dans la limite des tarifs de l'Assurance Maladie.

Conditions principales :
- habiter en France depuis **plus de 3 mois sans interruption** ;
- avoir des **revenus faibles**, sous un plafond qui change chaque année.

Les enfants mineurs y ont droit sans condition de durée.

> [!INFO]
> Les règles de l'AME changent souvent. Vérifiez-les sur [ameli.fr](https://www.ameli.fr).`,
      },
      why: [],
      how: [
        {
          id: 'how-dossier',
          title: 'Préparer le dossier',
          body: `Rassemblez :
- le **formulaire de demande d'AME**, sur ameli.fr ou à la CPAM ;
- une pièce d'identité (passeport, carte d'identité, acte de naissance…) ;
- une preuve de présence en France depuis plus de 3 mois (facture, ordonnance, attestation d'hébergement…) ;
- une preuve d'adresse ou de domiciliation ;
- vos ressources des 12 derniers mois.

Une association, ou la PASS d'un hôpital, peut vous aider à remplir le dossier.`,
        },
        {
          id: 'how-depot',
          title: 'Déposer la demande à la CPAM',
          body: `1. Prenez rendez-vous à la **CPAM** de votre lieu de résidence, sur place ou au **3646**.
2. Venez avec votre dossier complet et déposez-le **vous-même** au guichet.
3. Gardez le récépissé de dépôt.

> [!IMPORTANT]
> Pour une première demande, le dépôt se fait **en personne** à la CPAM. Un envoi par la poste n'est en général pas accepté.`,
        },
      ],
      next: [
        {
          id: 'next-carte',
          title: "Après l'accord",
          body: `Si la demande est acceptée, vous recevez une **carte AME** avec votre photo. Elle est valable **un an**.

Montrez-la chez le médecin, à l'hôpital et à la pharmacie : en général, vous n'avez rien à payer.

Demandez le renouvellement **2 mois avant** la fin de vos droits. Si votre situation change (titre de séjour, demande d'asile), dites-le à la CPAM : vous pourrez peut-être passer à la PUMa.`,
        },
      ],
    },
    places: [],
    contacts: [
      { id: 'assurance-maladie', name: 'Assurance Maladie', role: "Questions sur l'AME", phone: '3646' },
    ],
    externalLink: { url: 'https://www.ameli.fr', label: 'ameli.fr – AME' },
  },
  translations: {
    en: {
      header: {
        title: 'Applying for State Medical Aid (AME) to get healthcare without a residence permit',
        body: 'No residence permit for more than 3 months? AME can cover your healthcare.',
      },
      what: {
        title: 'What is AME?',
        body: `**State Medical Aid (AME)** lets people **without a residence permit** get healthcare without paying: doctor, hospital, medicines, up to National Health Insurance rates.

Main conditions:
- living in France for **more than 3 months without a break**;
- having a **low income**, below a ceiling that changes every year.

Children under 18 are entitled to it with no minimum stay.

> [!INFO]
> AME rules change often. Check them on [ameli.fr](https://www.ameli.fr).`,
      },
    },
    ar: {
      header: {
        title: 'طلب المساعدة الطبية من الدولة (AME) للعلاج دون بطاقة إقامة',
        body: 'دون بطاقة إقامة منذ أكثر من 3 أشهر؟ يمكن لـ AME أن تتكفّل بمصاريف علاجك.',
      },
    },
  },
};
