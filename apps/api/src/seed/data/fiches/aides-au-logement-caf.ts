import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'aides-au-logement-caf',
  publishedDaysAgo: 45,
  content: {
    type: 'demarche',
    title: 'Demander une aide au logement à la CAF (APL, ALF, ALS)',
    summary: 'Vous payez un loyer ? La CAF peut vous aider à le payer chaque mois, selon vos revenus.',
    administration: "CAF (Caisse d'allocations familiales)",
    mainTheme: 'logement',
    secondaryThemes: ['argent-droits-sociaux'],
    needs: ['payer-son-logement', 'allocations'],
    eligibility: {
      legalStatus: ['refugee', 'subsidiary_protection', 'temporary_protection', 'stateless'],
      public: ['all'],
      age: 'not_applicable',
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: ['residence_permit', 'income_below_threshold'],
      location: { kind: 'nationwide' },
      commitment: 'not_applicable',
    },
    sections: {
      what: {
        id: 'what',
        title: "Les aides au logement, c'est quoi ?",
        body: `La **CAF** verse des **aides au logement** pour payer une partie de votre loyer : l'APL, l'ALF ou l'ALS. Vous n'avez pas à choisir : la CAF décide laquelle vous convient.

Vous pouvez y avoir droit si :
- vous êtes **locataire**, en appartement, en foyer ou en résidence ;
- le logement est votre **résidence principale** ;
- vos **revenus** sont modestes.

Les demandeurs d'asile n'y ont en général pas droit : l'aide devient possible avec le titre de séjour.`,
      },
      why: [],
      how: [
        {
          id: 'how-simuler',
          title: 'Faire une simulation',
          body: `Avant la demande, faites une **simulation** sur [caf.fr](https://www.caf.fr). Elle donne une idée du montant.

Préparez :
- votre numéro de sécurité sociale (ou numéro provisoire) ;
- votre bail (contrat de location) et le montant du loyer ;
- vos revenus ;
- votre RIB.

> [!INFO]
> La simulation n'est pas une promesse. Le vrai montant est calculé après la demande.`,
        },
        {
          id: 'how-demander',
          title: 'Faire la demande en ligne',
          body: `1. Créez votre espace sur [caf.fr](https://www.caf.fr) ou dans l'application de la CAF.
2. Remplissez la demande d'aide au logement.
3. Votre propriétaire remplit de son côté une **attestation de loyer**.
4. Envoyez les justificatifs demandés.

Besoin d'aide ? Appelez le **3230** ou allez dans un espace France Services près de chez vous.`,
        },
      ],
      next: [
        {
          id: 'next-versement',
          title: 'Après la demande',
          body: `L'aide est versée chaque mois, souvent **directement au propriétaire**, qui la déduit de votre loyer. Elle commence en général le mois qui suit votre entrée dans le logement.

Le montant est recalculé régulièrement selon vos revenus récents.

> [!IMPORTANT]
> Signalez tout de suite à la CAF un changement : déménagement, naissance, nouveau travail, séparation. Sinon, vous devrez peut-être **rembourser** de l'argent.`,
        },
      ],
    },
    places: [],
    contacts: [{ id: 'caf', name: 'CAF', role: 'Aides au logement', phone: '3230' }],
    externalLink: { url: 'https://www.caf.fr', label: 'caf.fr' },
  },
  translations: {
    en: {
      header: {
        title: 'Applying for housing benefit from the CAF (APL, ALF, ALS)',
        body: 'Do you pay rent? The CAF can help you pay it every month, depending on your income.',
      },
      what: {
        title: 'What is housing benefit?',
        body: `The **CAF** (family benefits office) pays **housing benefits** to cover part of your rent: APL, ALF or ALS. You do not have to choose: the CAF decides which one suits you.

You may be entitled if:
- you are a **tenant**, in a flat, a hostel or a residence;
- the home is your **main residence**;
- your **income** is modest.

Asylum seekers are generally not entitled: the benefit becomes possible once you have a residence permit.`,
      },
      'how-simuler': {
        title: 'Run a simulation',
        body: `Before applying, run a **simulation** on [caf.fr](https://www.caf.fr). It gives you an idea of the amount.

Have ready:
- your social security number (or temporary number);
- your lease (rental contract) and the amount of rent;
- your income;
- your RIB (bank details).

> [!INFO]
> The simulation is not a promise. The real amount is calculated after you apply.`,
      },
    },
    ar: {
      header: {
        title: 'طلب مساعدة السكن من CAF (APL وALF وALS)',
        body: 'تدفع إيجارًا؟ يمكن لـ CAF أن تساعدك على دفعه كل شهر، حسب مداخيلك.',
      },
      what: {
        title: 'ما هي مساعدات السكن؟',
        body: `تدفع **CAF** (صندوق الإعانات العائلية) **مساعدات سكن** لتغطية جزء من إيجارك: APL أو ALF أو ALS. لا تحتاج إلى الاختيار: CAF تحدّد المساعدة المناسبة لك.

قد يكون لك الحق فيها إذا:
- كنت **مستأجرًا**، في شقّة أو مأوى جماعي (foyer) أو إقامة؛
- كان المسكن **مسكنك الرئيسي**؛
- كانت **مداخيلك** متواضعة.

طالبو اللجوء ليس لهم الحق فيها عادةً: تصبح المساعدة ممكنة مع بطاقة الإقامة.`,
      },
    },
    ti: {
      header: {
        title: 'ካብ CAF ሓገዝ ገዛ ምሕታት (APL፡ ALF፡ ALS)',
        body: 'ክራይ ገዛ ትኸፍሉ ዶ፧ CAF ከም ኣታዊኹም መጠን ኣብ ወርሒ ክሕግዘኩም ይኽእል።',
      },
      what: {
        title: 'ሓገዝ ገዛ እንታይ እዩ፧',
        body: `**CAF** ክፋል ክራይ ገዛኹም ንምኽፋል **ሓገዝ ገዛ** ይህብ፦ APL፡ ALF ወይ ALS። ባዕልኹም ክትመርጹ ኣየድልየኩምን፦ CAF እቲ ዝሰማማዓኩም ይውስን።

መሰል ክህልወኩም ይኽእል እንተ፦
- **ተኻራዪ** ኮንኩም፡ ኣብ ኣፓርትማ፡ ፎየ ወይ መንበሪ፤
- እቲ ገዛ **ቀንዲ መንበሪኹም** እንተ ኾይኑ፤
- **ኣታዊኹም** ትሑት እንተ ኾይኑ።

ሓተትቲ ዑቕባ ብሓፈሻ መሰል የብሎምን፦ እቲ ሓገዝ ምስ ፍቓድ መንበሪ ይከኣል።`,
      },
    },
  },
};
