import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'faire-reconnaitre-un-diplome-etranger',
  publishedDaysAgo: 200,
  content: {
    type: 'demarche',
    title: "Faire reconnaître un diplôme étranger : l'attestation de comparabilité ENIC-NARIC",
    summary: 'Obtenez une attestation qui compare votre diplôme étranger aux diplômes français.',
    administration: 'France Éducation international (centre ENIC-NARIC France)',
    mainTheme: 'education-formation',
    secondaryThemes: ['travail'],
    needs: ['reconnaissance-des-diplomes', 'chercher-un-emploi'],
    eligibility: {
      legalStatus: ['asylum_seeker', 'refugee', 'subsidiary_protection', 'temporary_protection', 'stateless'],
      public: ['all'],
      age: 'not_applicable',
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: 'not_applicable',
      location: { kind: 'online' },
      commitment: 'not_applicable',
    },
    sections: {
      what: {
        id: 'what',
        title: "L'attestation de comparabilité, c'est quoi ?",
        body: `Le centre **ENIC-NARIC France** délivre une **attestation de comparabilité**. Ce document dit à quel niveau français correspond votre diplôme étranger (par exemple, niveau bac ou licence).

L'attestation aide pour chercher un emploi, reprendre des études ou passer un concours.

> [!IMPORTANT]
> L'attestation ne permet pas d'exercer une **profession réglementée** (médecin, infirmier, avocat, enseignant…). Pour ces métiers, il existe une autre démarche.`,
      },
      why: [],
      how: [
        {
          id: 'how-documents',
          title: 'Préparer vos documents',
          body: `Préparez des copies numériques (scan ou photo lisible) de :
- votre **diplôme** ;
- vos **relevés de notes** ou le détail de vos études ;
- votre pièce d'identité ou votre titre de séjour ;
- une **traduction** en français des documents, si elle est demandée.

Vous avez perdu vos diplômes à cause de l'exil ? Expliquez-le dans votre demande : pour les personnes protégées, une solution existe parfois même avec des documents incomplets.`,
        },
        {
          id: 'how-demande',
          title: 'Faire la demande en ligne',
          body: `1. Allez sur [le site ENIC-NARIC France](https://www.france-education-international.fr/enic-naric-france) et créez votre compte.
2. Remplissez le formulaire et envoyez vos documents.
3. Suivez votre dossier dans votre espace personnel.

La démarche se fait **uniquement en ligne**. Une association ou un conseiller France Travail peut vous aider à la faire.`,
        },
      ],
      next: [
        {
          id: 'next-attestation',
          title: 'Après la demande',
          body: `Le traitement peut prendre **plusieurs mois**. Si un document manque, ENIC-NARIC vous écrit : répondez vite.

Vous recevez l'attestation en ligne. Ajoutez-la à votre CV et montrez-la aux employeurs ou aux écoles.

Pour une profession réglementée, renseignez-vous sur [service-public.fr](https://www.service-public.fr) ou auprès de l'ordre de votre profession.`,
        },
      ],
    },
    places: [],
    contacts: [],
    externalLink: {
      url: 'https://www.france-education-international.fr/enic-naric-france',
      label: 'ENIC-NARIC France',
    },
  },
  translations: {
    en: {
      header: {
        title: 'Getting a foreign diploma recognised: the ENIC-NARIC statement of comparability',
        body: 'Get a statement comparing your foreign diploma with French diplomas.',
      },
      what: {
        title: 'What is a statement of comparability?',
        body: `The **ENIC-NARIC France** centre issues a **statement of comparability** (attestation de comparabilité). This document says which French level your foreign diploma corresponds to (for example, baccalauréat or bachelor's level).

The statement helps you look for a job, go back to studying or sit a competitive exam.

> [!IMPORTANT]
> The statement does not allow you to work in a **regulated profession** (doctor, nurse, lawyer, teacher…). These professions have a separate procedure.`,
      },
      'how-documents': {
        title: 'Prepare your documents',
        body: `Prepare digital copies (scan or clear photo) of:
- your **diploma**;
- your **transcripts** or details of your studies;
- your identity document or residence permit;
- a French **translation** of the documents, if requested.

Did you lose your diplomas because of exile? Explain this in your application: for people under protection, a solution sometimes exists even with incomplete documents.`,
      },
      'how-demande': {
        title: 'Apply online',
        body: `1. Go to [the ENIC-NARIC France website](https://www.france-education-international.fr/enic-naric-france) and create your account.
2. Fill in the form and upload your documents.
3. Follow your application in your personal space.

The procedure is **online only**. An association or a France Travail adviser can help you do it.`,
      },
      'next-attestation': {
        title: 'After you apply',
        body: `Processing can take **several months**. If a document is missing, ENIC-NARIC will write to you: reply quickly.

You receive the statement online. Add it to your CV and show it to employers or schools.

For a regulated profession, find out more on [service-public.fr](https://www.service-public.fr) or from your profession's regulatory body.`,
      },
    },
    ar: {
      header: {
        title: 'الاعتراف بشهادة أجنبية: شهادة المقارنة من ENIC-NARIC',
        body: 'احصل على وثيقة تقارن شهادتك الأجنبية بالشهادات الفرنسية.',
      },
      what: {
        title: 'ما هي شهادة المقارنة؟',
        body: `يُصدر مركز **ENIC-NARIC France** **شهادة مقارنة** (attestation de comparabilité). تبيّن هذه الوثيقة المستوى الفرنسي الذي يعادل شهادتك الأجنبية (مثلًا، مستوى البكالوريا أو الإجازة).

تساعدك هذه الوثيقة على البحث عن عمل، أو استئناف الدراسة، أو اجتياز مسابقة.

> [!IMPORTANT]
> لا تسمح هذه الوثيقة بممارسة **مهنة منظَّمة** (طبيب، ممرّض، محامٍ، مدرّس…). لهذه المهن إجراء آخر.`,
      },
      'how-documents': {
        title: 'تحضير وثائقك',
        body: `حضّر نسخًا رقمية (مسح ضوئي أو صورة واضحة) من:
- **شهادتك**؛
- **كشوف العلامات** أو تفاصيل دراستك؛
- وثيقة هويتك أو بطاقة إقامتك؛
- **ترجمة** الوثائق إلى الفرنسية، إذا طُلبت.

فقدت شهاداتك بسبب المنفى؟ اشرح ذلك في طلبك: بالنسبة للأشخاص الحاصلين على الحماية، يوجد أحيانًا حلّ حتى مع وثائق ناقصة.`,
      },
      'how-demande': {
        title: 'تقديم الطلب عبر الإنترنت',
        body: `1. ادخل إلى [موقع ENIC-NARIC France](https://www.france-education-international.fr/enic-naric-france) وأنشئ حسابك.
2. املأ الاستمارة وأرسل وثائقك.
3. تابع ملفك في فضائك الشخصي.

يتم هذا الإجراء **عبر الإنترنت فقط**. يمكن لجمعية أو لمستشار في France Travail أن يساعدك على القيام به.`,
      },
      'next-attestation': {
        title: 'بعد تقديم الطلب',
        body: `قد تستغرق المعالجة **عدّة أشهر**. إذا كانت هناك وثيقة ناقصة، سيكتب لك ENIC-NARIC: أجب بسرعة.

تستلم الشهادة عبر الإنترنت. أضفها إلى سيرتك الذاتية وأظهرها لأصحاب العمل أو المدارس.

بالنسبة للمهن المنظَّمة، اطّلع على [service-public.fr](https://www.service-public.fr) أو اسأل الهيئة المهنية لمهنتك.`,
      },
    },
    ru: {
      header: {
        title: 'Признание иностранного диплома: справка о сопоставимости ENIC-NARIC',
        body: 'Получите справку, которая сопоставляет ваш иностранный диплом с французскими дипломами.',
      },
      what: {
        title: 'Что такое справка о сопоставимости?',
        body: `Центр **ENIC-NARIC France** выдаёт **справку о сопоставимости** (attestation de comparabilité). В ней указано, какому французскому уровню соответствует ваш иностранный диплом (например, уровню бакалавриата или лиценциата).

Справка помогает искать работу, продолжить учёбу или участвовать в конкурсе.

> [!IMPORTANT]
> Справка не даёт права работать по **регулируемой профессии** (врач, медсестра, адвокат, учитель…). Для этих профессий есть отдельная процедура.`,
      },
    },
  },
};
