import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'echanger-son-permis-de-conduire',
  publishedDaysAgo: 320,
  content: {
    type: 'demarche',
    title: 'Échanger votre permis de conduire étranger contre un permis français',
    summary: 'Sous conditions, votre permis étranger peut être échangé contre un permis français, en ligne.',
    administration: 'ANTS (Agence nationale des titres sécurisés) et préfecture',
    mainTheme: 'mobilite',
    secondaryThemes: ['travail'],
    needs: ['permis-de-conduire', 'chercher-un-emploi'],
    eligibility: {
      legalStatus: ['refugee', 'subsidiary_protection', 'temporary_protection', 'stateless'],
      public: ['all'],
      age: { min: 18 },
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: ['residence_permit'],
      location: { kind: 'online' },
      commitment: 'not_applicable',
    },
    sections: {
      what: {
        id: 'what',
        title: "L'échange de permis, c'est quoi ?",
        body: `Avec un permis obtenu hors de l'Union européenne, vous pouvez en général conduire en France pendant **un an** après votre premier titre de séjour. Ensuite, il faut un **permis français**.

Vous pouvez demander l'**échange**, sans repasser l'examen, si :
- votre permis est valide et a été obtenu avant votre arrivée ;
- votre pays pratique l'échange avec la France (des règles plus souples existent pour les réfugiés, les protégés et les apatrides).

> [!IMPORTANT]
> Faites la demande **pendant cette année**. Après, il faut repasser le permis.`,
      },
      why: [],
      how: [
        {
          id: 'how-documents',
          title: 'Préparer les documents',
          body: `Préparez des copies numériques de :
- votre **permis étranger**, recto et verso ;
- sa **traduction officielle** en français par un traducteur agréé, si le permis n'est pas en français ;
- votre **titre de séjour** ;
- un justificatif de domicile de moins de 6 mois ;
- une **photo-signature numérique**, faite dans une cabine agréée ou chez un photographe ;
- une attestation de vos droits à conduire délivrée par votre pays, si vous pouvez l'obtenir.`,
        },
        {
          id: 'how-ants',
          title: "Faire la demande sur le site de l'ANTS",
          body: `1. Créez votre compte sur [le site de l'ANTS](https://ants.gouv.fr).
2. Choisissez « Échanger un permis de conduire étranger ».
3. Remplissez le formulaire et envoyez vos documents.
4. Quand on vous le demande, envoyez votre **permis original** par lettre recommandée.

Vous recevez alors une **attestation** qui vous permet de conduire pendant le traitement de la demande. Gardez-la sur vous.`,
        },
      ],
      next: [
        {
          id: 'next-permis',
          title: 'Après la demande',
          body: `Le traitement peut prendre **plusieurs mois**. Suivez votre dossier dans votre espace ANTS.

- Si l'échange est accepté, vous recevez votre **permis français** par courrier.
- S'il est refusé, vous devez passer le permis en France. Des **auto-écoles associatives** peuvent vous aider à prix réduit.

Plus d'informations sur [service-public.fr](https://www.service-public.fr).`,
        },
      ],
    },
    places: [],
    contacts: [],
    externalLink: { url: 'https://ants.gouv.fr', label: 'ANTS – permis de conduire' },
  },
  translations: {
    uk: {
      header: {
        title: 'Обміняти іноземне посвідчення водія на французьке',
        body: 'За певних умов іноземне посвідчення водія можна обміняти на французьке онлайн.',
      },
      what: {
        title: 'Що таке обмін посвідчення?',
        body: `З посвідченням, отриманим поза Європейським Союзом, ви зазвичай можете керувати авто у Франції **один рік** після отримання першої посвідки на проживання. Потім потрібне **французьке посвідчення**.

Ви можете попросити **обмін** без повторного іспиту, якщо:
- ваше посвідчення дійсне і отримане до приїзду до Франції;
- ваша країна здійснює обмін із Францією (для біженців, осіб під захистом і осіб без громадянства діють м'якші правила).

> [!IMPORTANT]
> Подайте заяву **протягом цього року**. Після нього доведеться складати іспит знову.`,
      },
      'how-documents': {
        title: 'Підготувати документи',
        body: `Підготуйте електронні копії:
- вашого **іноземного посвідчення**, з обох боків;
- його **офіційного перекладу** французькою від присяжного перекладача, якщо посвідчення не французькою;
- вашої **посвідки на проживання**;
- підтвердження адреси, не старшого за 6 місяців;
- **цифрового фото з підписом**, зробленого в сертифікованій кабінці або у фотографа;
- довідки про ваше право керувати авто з вашої країни, якщо можете її отримати.`,
      },
    },
    ru: {
      header: {
        title: 'Обменять иностранные водительские права на французские',
        body: 'При определённых условиях иностранные права можно обменять на французские онлайн.',
      },
      what: {
        title: 'Что такое обмен прав?',
        body: `С правами, полученными за пределами Европейского союза, вы обычно можете водить машину во Франции **один год** после получения первого вида на жительство. Затем нужны **французские права**.

Вы можете попросить **обмен** без повторного экзамена, если:
- ваши права действительны и получены до приезда во Францию;
- ваша страна производит обмен с Францией (для беженцев, лиц под защитой и лиц без гражданства правила мягче).

> [!IMPORTANT]
> Подайте заявление **в течение этого года**. После него придётся сдавать на права заново.`,
      },
    },
  },
};
