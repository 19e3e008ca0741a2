import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'reunification-familiale',
  publishedDaysAgo: 110,
  content: {
    type: 'demarche',
    title: 'Faire venir votre famille en France : la réunification familiale',
    summary:
      'Réfugié ou protégé ? Votre conjoint et vos enfants peuvent vous rejoindre, sans condition de revenus.',
    administration: 'Consulats de France et ministère des Affaires étrangères',
    mainTheme: 'demarches-administratives',
    secondaryThemes: ['aide-juridique'],
    needs: ['faire-venir-sa-famille', 'titre-de-sejour', 'conseil-juridique-gratuit'],
    eligibility: {
      legalStatus: ['refugee', 'subsidiary_protection', 'stateless'],
      public: ['families'],
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
        title: "La réunification familiale, c'est quoi ?",
        body: `La **réunification familiale** permet aux personnes **réfugiées**, protégées subsidiaires ou apatrides de faire venir leur famille proche en France :
- votre **conjoint** ou partenaire, si vous étiez ensemble avant votre demande d'asile ;
- vos **enfants** non mariés, jusqu'à 19 ans ;
- vos **parents**, si vous êtes un mineur réfugié non marié.

Contrairement au regroupement familial, il n'y a **pas de condition de revenus ni de logement**.`,
      },
      why: [],
      how: [
        {
          id: 'how-documents',
          title: 'Préparer les documents de la famille',
          body: `Rassemblez, pour chaque membre de la famille :
- un **passeport** ou un document d'identité ;
- les **actes d'état civil** : acte de mariage, actes de naissance des enfants ;
- des preuves du lien familial (photos, messages, envois d'argent), surtout si des actes manquent.

Pour vos propres actes, c'est l'**OFPRA** qui établit les documents d'état civil des réfugiés et des protégés. Gardez une copie de votre décision de protection.`,
        },
        {
          id: 'how-visa',
          title: 'La famille demande un visa au consulat',
          body: `1. Votre famille remplit la demande de **visa long séjour** sur [france-visas.gouv.fr](https://france-visas.gouv.fr), motif « réunification familiale ».
2. Elle prend rendez-vous au **consulat de France** ou au centre de visas du pays où elle vit.
3. Elle dépose ses documents et la copie de votre décision de protection.

> [!INFO]
> S'il n'y a pas de consulat dans le pays, la famille peut aller dans un pays voisin. La Croix-Rouge aide aussi à retrouver et à contacter des proches.`,
        },
        {
          id: 'how-suivi',
          title: 'Suivre la demande',
          body: `Le consulat vérifie les documents, parfois avec l'OFPRA. Cela peut prendre **plusieurs mois**.

Gardez le contact avec votre famille et avec le consulat. Répondez vite si on vous demande un document en plus.

> [!IMPORTANT]
> En cas de refus de visa, un **recours** est possible, avec des délais courts. Contactez tout de suite une association ou un avocat.`,
        },
      ],
      next: [
        {
          id: 'next-arrivee',
          title: 'Quand votre famille arrive',
          body: `À l'arrivée, votre famille va à la **préfecture** pour demander son titre de séjour. Les enfants sont inscrits à l'école.

Pensez aussi à :
- déclarer les nouveaux membres de la famille à la **CAF** et à l'Assurance Maladie ;
- chercher un logement plus grand, si besoin.

Plus d'informations sur [service-public.fr](https://www.service-public.fr).`,
        },
      ],
    },
    places: [],
    contacts: [],
    externalLink: { url: 'https://france-visas.gouv.fr', label: 'France-Visas' },
  },
  translations: {
    en: {
      header: {
        title: 'Bringing your family to France: family reunification',
        body: 'Refugee or under protection? Your spouse and children can join you, with no income condition.',
      },
      what: {
        title: 'What is family reunification?',
        body: `**Family reunification** allows **refugees**, people under subsidiary protection and stateless people to bring their close family to France:
- your **spouse** or partner, if you were together before your asylum application;
- your unmarried **children**, up to the age of 19;
- your **parents**, if you are an unmarried refugee minor.

Unlike ordinary family reunion, there is **no income or housing condition**.`,
      },
      'how-documents': {
        title: "Prepare your family's documents",
        body: `For each family member, gather:
- a **passport** or identity document;
- **civil status documents**: marriage certificate, children's birth certificates;
- proof of your family ties (photos, messages, money transfers), especially if some documents are missing.

For your own documents, **OFPRA** issues civil status documents for refugees and protected people. Keep a copy of your protection decision.`,
      },
      'how-visa': {
        title: 'Your family applies for a visa at the consulate',
        body: `1. Your family fills in a **long-stay visa** application on [france-visas.gouv.fr](https://france-visas.gouv.fr), reason "family reunification" (réunification familiale).
2. They make an appointment at the **French consulate** or visa centre in the country where they live.
3. They hand in their documents and the copy of your protection decision.

> [!INFO]
> If there is no consulate in their country, your family can go to a neighbouring country. The Red Cross also helps find and contact relatives.`,
      },
      'how-suivi': {
        title: 'Follow the application',
        body: `The consulate checks the documents, sometimes with OFPRA. This can take **several months**.

Stay in touch with your family and with the consulate. Reply quickly if you are asked for an extra document.

> [!IMPORTANT]
> If the visa is refused, you can **appeal**, but the deadlines are short. Contact an association or a lawyer straight away.`,
      },
      'next-arrivee': {
        title: 'When your family arrives',
        body: `On arrival, your family goes to the **prefecture** to apply for their residence permits. The children are enrolled at school.

Also remember to:
- register the new family members with the **CAF** and National Health Insurance;
- look for a bigger home, if needed.

More information on [service-public.fr](https://www.service-public.fr).`,
      },
    },
    ar: {
      header: {
        title: 'استقدام عائلتك إلى فرنسا: لمّ الشمل العائلي',
        body: 'لاجئ أو حاصل على الحماية؟ يمكن لزوجك وأطفالك الالتحاق بك دون شرط المداخيل.',
      },
      what: {
        title: 'ما هو لمّ الشمل العائلي؟',
        body: `يسمح **لمّ الشمل العائلي** (réunification familiale) للأشخاص **اللاجئين** والحاصلين على الحماية الفرعية وعديمي الجنسية باستقدام أفراد عائلتهم المقرّبين إلى فرنسا:
- **زوجك** أو شريكك، إذا كنتما معًا قبل طلب اللجوء؛
- **أطفالك** غير المتزوّجين، حتى سنّ 19 عامًا؛
- **والديك**، إذا كنت لاجئًا قاصرًا غير متزوّج.

على عكس التجمّع العائلي العادي، **لا يوجد شرط للمداخيل ولا للسكن**.`,
      },
    },
    ti: {
      header: {
        title: 'ስድራኹም ናብ ፈረንሳ ምምጻእ፡ ምጽንባር ስድራ',
        body: 'ስደተኛ ወይ ሓለዋ ዘለኩም ዶ፧ በዓል ቤትኩምን ቆልዑኹምን ብዘይ ቅድመ-ኩነት ኣታዊ ክጽንበሩኹም ይኽእሉ።',
      },
      what: {
        title: 'ምጽንባር ስድራ እንታይ እዩ፧',
        body: `**ምጽንባር ስድራ** ንዝተፈልጡ **ስደተኛታት**፡ ንተሓለውቲ ካልኣይ ደረጃን ንዘይዜግነት ዘይብሎምን ቀረባ ስድራቤቶም ናብ ፈረንሳ ከምጽኡ የፍቅደሎም፦
- **በዓል ቤትኩም** ወይ መጻምድኹም፡ ቅድሚ ሕቶ ዑቕባኹም ሓቢርኩም እንተ ነበርኩም፤
- ዘይተመርዓዉ **ቆልዑኹም**፡ ክሳብ 19 ዓመት፤
- **ወለድኹም**፡ ዘይተመርዓወ ንእሽቶ ስደተኛ እንተ ኾንኩም።

ከም ንቡር ምጥርናፍ ስድራ ዘይኮነስ፡ **ቅድመ-ኩነት ኣታዊ ወይ ገዛ የለን**።`,
      },
    },
  },
};
