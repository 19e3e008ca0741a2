import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'aide-juridique-gratuite',
  publishedDaysAgo: 190,
  content: {
    type: 'demarche',
    title: 'Être conseillé et défendu gratuitement : points-justice et aide juridictionnelle',
    summary:
      "Des juristes vous conseillent gratuitement. L'État peut payer votre avocat si vos revenus sont faibles.",
    administration: "Ministère de la Justice (conseils départementaux de l'accès au droit)",
    mainTheme: 'aide-juridique',
    secondaryThemes: [],
    needs: ['conseil-juridique-gratuit', 'avoir-un-avocat', 'contester-une-decision'],
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
      commitment: 'not_applicable',
    },
    sections: {
      what: {
        id: 'what',
        title: "L'aide juridique gratuite, c'est quoi ?",
        body: `Vous avez un problème avec un propriétaire, un employeur ou une administration ? Vous devez aller au tribunal ? Deux aides existent :
- les **points-justice** : des juristes et des avocats vous **informent et vous conseillent gratuitement**, de façon confidentielle ;
- l'**aide juridictionnelle** : l'État paie tout ou partie des frais d'**avocat** et de justice si vos revenus sont faibles.

Ces aides concernent aussi le droit des étrangers : titre de séjour, recours contre une décision.`,
      },
      why: [],
      how: [
        {
          id: 'how-point-justice',
          title: 'Trouver un point-justice',
          body: `1. Cherchez le point-justice le plus proche sur [justice.fr](https://www.justice.fr). Il y en a dans des mairies, des tribunaux, des maisons de justice et du droit, des espaces France Services.
2. Prenez rendez-vous ou allez à une permanence.
3. Apportez tous vos papiers : lettres reçues, décisions, contrats.

> [!INFO]
> Si vous parlez peu français, vous pouvez venir avec une personne qui traduit pour vous.`,
        },
        {
          id: 'how-aide-juridictionnelle',
          title: "Demander l'aide juridictionnelle",
          body: `1. Remplissez la demande d'aide juridictionnelle **en ligne** sur [justice.fr](https://www.justice.fr) ou sur le formulaire papier.
2. Joignez vos justificatifs : identité, revenus, et la décision ou la lettre concernée.
3. Envoyez la demande au tribunal concerné, ou déposez-la au bureau d'aide juridictionnelle.

> [!IMPORTANT]
> Respectez les **délais** de recours. Demandez l'aide juridictionnelle le plus tôt possible : dans certains cas, la demande suspend le délai.`,
        },
      ],
      next: [
        {
          id: 'next-decision',
          title: 'Après la demande',
          body: `Le bureau d'aide juridictionnelle vous envoie sa **décision** :
- **aide totale** : l'État paie tous les frais d'avocat ;
- **aide partielle** : vous payez une partie ;
- **refus** : vous pouvez contester cette décision.

Si vous n'avez pas choisi d'avocat, le bâtonnier (le responsable des avocats) en désigne un. Contactez-le vite et donnez-lui tous vos documents.`,
        },
      ],
    },
    places: [
      {
        id: 'point-justice-exemple',
        name: "Point-justice de la mairie (adresse d'exemple)",
        address: { street: '1 place de la Mairie', postalCode: '93200', city: 'Saint-Denis' },
        openingHours: 'Permanences sur rendez-vous le mardi et le jeudi, 14 h – 17 h',
        coordinates: { lat: 48.9358, lng: 2.3574 },
      },
    ],
    contacts: [],
    externalLink: { url: 'https://www.justice.fr', label: 'justice.fr' },
  },
  translations: {
    en: {
      header: {
        title: 'Free legal advice and representation: points-justice and legal aid',
        body: 'Legal experts advise you for free. The State can pay for your lawyer if your income is low.',
      },
      what: {
        title: 'What is free legal help?',
        body: `Do you have a problem with a landlord, an employer or an administration? Do you have to go to court? There are two kinds of help:
- **points-justice**: lawyers and legal experts **inform and advise you for free**, confidentially;
- **legal aid** (aide juridictionnelle): the State pays all or part of your **lawyer's** fees and court costs if your income is low.

This help also covers immigration law: residence permits, appeals against a decision.`,
      },
    },
    ar: {
      header: {
        title: 'الحصول على استشارة ودفاع مجانًا: نقاط العدالة والمساعدة القضائية',
        body: 'يقدّم لك مختصّون في القانون استشارات مجانية. ويمكن للدولة أن تدفع أتعاب محاميك إذا كانت مداخيلك ضعيفة.',
      },
      what: {
        title: 'ما هي المساعدة القانونية المجانية؟',
        body: `لديك مشكلة مع مالك السكن أو صاحب العمل أو إدارة؟ عليك الذهاب إلى المحكمة؟ توجد مساعدتان:
- **نقاط العدالة** (points-justice): مختصّون في القانون ومحامون **يعلمونك وينصحونك مجانًا** وبسرّية؛
- **المساعدة القضائية** (aide juridictionnelle): تدفع الدولة كل أتعاب **المحامي** ومصاريف القضاء أو جزءًا منها إذا كانت مداخيلك ضعيفة.

تشمل هذه المساعدات أيضًا قانون الأجانب: بطاقة الإقامة، الطعن في قرار.`,
      },
    },
    fa: {
      header: {
        title: 'مشوره و دفاع حقوقی رایگان: نقاط عدالت و کمک قضایی',
        body: 'حقوق‌دانان به شما رایگان مشوره می‌دهند. اگر درآمد شما کم باشد، دولت می‌تواند پول وکیل را بپردازد.',
      },
    },
  },
};
