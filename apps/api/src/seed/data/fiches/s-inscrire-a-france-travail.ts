import type { SeedFiche } from '../types.js';

/** The online sign-up step before documents were uploaded during registration. */
const howInscriptionOld = {
  title: "S'inscrire en ligne",
  body: `1. Allez sur [francetravail.fr](https://www.francetravail.fr) et cliquez sur « S'inscrire ».
2. Remplissez le formulaire : votre situation, vos diplômes, le métier recherché.
3. Notez votre **identifiant** et votre mot de passe.

Vous n'avez pas d'ordinateur ? Allez dans une agence France Travail.`,
};

export const fiche: SeedFiche = {
  slug: 's-inscrire-a-france-travail',
  publishedDaysAgo: 30,
  content: {
    type: 'demarche',
    title: "S'inscrire à France Travail pour chercher un emploi",
    summary:
      "Inscrivez-vous à France Travail pour être accompagné dans votre recherche d'emploi ou de formation.",
    administration: 'France Travail',
    mainTheme: 'travail',
    secondaryThemes: ['education-formation'],
    needs: ['chercher-un-emploi', 'etre-accompagne-vers-l-emploi', 'se-former'],
    eligibility: {
      legalStatus: ['refugee', 'subsidiary_protection', 'temporary_protection', 'stateless'],
      public: ['all'],
      age: { min: 16 },
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: ['residence_permit'],
      location: { kind: 'online' },
      commitment: 'not_applicable',
    },
    sections: {
      what: {
        id: 'what',
        title: "France Travail, c'est quoi ?",
        body: `**France Travail** (anciennement Pôle emploi) est le service public de l'emploi. Il vous aide à trouver un travail ou une formation, et verse certaines allocations.

En vous inscrivant, vous avez :
- un **conseiller** qui vous suit ;
- des offres d'emploi et des ateliers (CV, entretien) ;
- l'accès à des formations, parfois payées.

> [!INFO]
> Depuis 2025, les personnes qui touchent le RSA sont inscrites automatiquement à France Travail.`,
      },
      why: [],
      how: [
        {
          id: 'how-documents',
          title: 'Préparer vos documents',
          body: `Avant de commencer, préparez :
- votre **titre de séjour** ou votre récépissé qui autorise à travailler ;
- votre **numéro de sécurité sociale**, si vous l'avez ;
- un **RIB**, pour recevoir une éventuelle allocation ;
- une adresse e-mail et un numéro de téléphone ;
- votre CV, même simple.

Les demandeurs d'asile peuvent s'inscrire seulement s'ils ont une **autorisation de travail**.`,
        },
        {
          id: 'how-inscription',
          title: "S'inscrire en ligne",
          body: `1. Allez sur [francetravail.fr](https://www.francetravail.fr) et cliquez sur « S'inscrire ».
2. Remplissez le formulaire : votre situation, vos diplômes, le métier recherché.
3. Envoyez les copies de vos documents.
4. Notez votre **identifiant** et votre mot de passe.

Vous n'avez pas d'ordinateur ? Allez dans une agence France Travail ou appelez le **3949**.`,
        },
        {
          id: 'how-rendez-vous',
          title: 'Le premier rendez-vous',
          body: `Après l'inscription, France Travail vous propose un **rendez-vous** avec un conseiller, en agence ou par téléphone.

Ensemble, vous parlez de votre parcours, de votre niveau de français et du métier que vous cherchez. Vous signez un **contrat d'engagement** avec des actions à faire : ateliers, formation, recherche d'emploi.

> [!IMPORTANT]
> Allez à tous les rendez-vous. Si vous ne pouvez pas venir, prévenez votre conseiller avant.`,
        },
      ],
      next: [
        {
          id: 'next-actualisation',
          title: "Chaque mois : s'actualiser",
          body: `Chaque mois, vous devez **vous actualiser** : dire à France Travail si vous cherchez toujours un emploi et si vous avez travaillé. Vous le faites sur le site ou l'application, à la fin du mois.

Sans actualisation, vous êtes **désinscrit** et vos allocations peuvent s'arrêter.

Consultez aussi votre espace personnel : vos rendez-vous et vos messages y arrivent.`,
        },
      ],
    },
    places: [],
    contacts: [{ id: 'france-travail', name: 'France Travail', role: "Demandeurs d'emploi", phone: '3949' }],
    externalLink: { url: 'https://www.francetravail.fr', label: 'francetravail.fr' },
  },
  translations: {
    en: {
      header: {
        title: 'Registering with France Travail to look for a job',
        body: 'Register with France Travail to get support in your search for a job or training.',
      },
      what: {
        title: 'What is France Travail?',
        body: `**France Travail** (formerly Pôle emploi) is the public employment service. It helps you find a job or training, and pays some benefits.

When you register, you get:
- an **adviser** who follows your progress;
- job offers and workshops (CV, interviews);
- access to training, sometimes paid.

> [!INFO]
> Since 2025, people who receive RSA are registered with France Travail automatically.`,
      },
      'how-documents': {
        title: 'Prepare your documents',
        body: `Before you start, have ready:
- your **residence permit** or receipt (récépissé) that allows you to work;
- your **social security number**, if you have one;
- your **RIB** (bank details), to receive any benefit;
- an email address and a phone number;
- your CV, even a simple one.

Asylum seekers can register only if they have a **work permit**.`,
      },
      'how-inscription': {
        title: 'Register online',
        body: `1. Go to [francetravail.fr](https://www.francetravail.fr) and click "S'inscrire" (register).
2. Fill in the form: your situation, your qualifications, the job you are looking for.
3. Write down your **username** and password.

No computer? Go to a France Travail office.`,
        outdatedFrom: howInscriptionOld,
      },
      'how-rendez-vous': {
        title: 'The first appointment',
        body: `After you register, France Travail offers you an **appointment** with an adviser, at the office or by phone.

Together, you talk about your background, your level of French and the job you are looking for. You sign a **commitment contract** listing actions to take: workshops, training, job search.

> [!IMPORTANT]
> Go to every appointment. If you cannot come, tell your adviser beforehand.`,
      },
      'next-actualisation': {
        title: 'Every month: update your status',
        body: `Every month, you must **update your status** (s'actualiser): tell France Travail whether you are still looking for a job and whether you have worked. You do it on the website or the app, at the end of the month.

If you do not update, you are **removed from the register** and your benefits may stop.

Also check your personal space: your appointments and messages arrive there.`,
      },
    },
    ar: {
      header: {
        title: 'التسجيل في France Travail للبحث عن عمل',
        body: 'سجّل في France Travail لتحصل على مرافقة في بحثك عن عمل أو تكوين.',
      },
      what: {
        title: 'ما هي France Travail؟',
        body: `**France Travail** (سابقًا Pôle emploi) هي الخدمة العامة للتشغيل. تساعدك على إيجاد عمل أو تكوين، وتدفع بعض الإعانات.

عند تسجيلك، تحصل على:
- **مستشار** يتابعك؛
- عروض عمل وورشات (السيرة الذاتية، المقابلة)؛
- إمكانية الوصول إلى تكوينات، مدفوعة الأجر أحيانًا.

> [!INFO]
> منذ عام 2025، يُسجَّل الأشخاص الذين يتلقّون RSA في France Travail تلقائيًا.`,
      },
      'how-documents': {
        title: 'تحضير وثائقك',
        body: `قبل أن تبدأ، حضّر:
- **بطاقة إقامتك** أو الوصل (récépissé) الذي يسمح لك بالعمل؛
- **رقم الضمان الاجتماعي**، إن كان لديك؛
- **RIB** (بيانات الحساب البنكي)، لتلقّي إعانة محتملة؛
- عنوان بريد إلكتروني ورقم هاتف؛
- سيرتك الذاتية، حتى لو كانت بسيطة.

لا يمكن لطالبي اللجوء التسجيل إلا إذا كان لديهم **ترخيص بالعمل**.`,
      },
      'how-inscription': {
        title: 'التسجيل عبر الإنترنت',
        body: `1. ادخل إلى [francetravail.fr](https://www.francetravail.fr) واضغط على « S'inscrire » (التسجيل).
2. املأ الاستمارة: وضعك، شهاداتك، المهنة التي تبحث عنها.
3. أرسل نسخًا من وثائقك.
4. سجّل **اسم المستخدم** وكلمة المرور.

ليس لديك حاسوب؟ اذهب إلى وكالة France Travail أو اتصل بالرقم **3949**.`,
      },
      'how-rendez-vous': {
        title: 'الموعد الأول',
        body: `بعد التسجيل، تقترح عليك France Travail **موعدًا** مع مستشار، في الوكالة أو عبر الهاتف.

تتحدّثان معًا عن مسارك ومستواك في الفرنسية والمهنة التي تبحث عنها. توقّع **عقد التزام** يتضمّن أعمالًا عليك القيام بها: ورشات، تكوين، بحث عن عمل.

> [!IMPORTANT]
> احضر كل المواعيد. إذا لم تستطع الحضور، أخبر مستشارك مسبقًا.`,
      },
      'next-actualisation': {
        title: 'كل شهر: تحديث وضعك',
        body: `كل شهر، يجب أن **تحدّث وضعك** (s'actualiser): تخبر France Travail إن كنت ما زلت تبحث عن عمل وإن كنت قد عملت. تفعل ذلك على الموقع أو التطبيق، في نهاية الشهر.

دون تحديث، **يُشطب اسمك** وقد تتوقّف إعاناتك.

راجع أيضًا فضاءك الشخصي: تصلك هناك مواعيدك ورسائلك.`,
      },
    },
    uk: {
      header: {
        title: 'Зареєструватися у France Travail, щоб шукати роботу',
        body: 'Зареєструйтеся у France Travail, щоб отримати підтримку в пошуку роботи чи навчання.',
      },
      what: {
        title: 'Що таке France Travail?',
        body: `**France Travail** (колишній Pôle emploi) — це державна служба зайнятості. Вона допомагає знайти роботу чи навчання і виплачує деякі допомоги.

Після реєстрації ви отримуєте:
- **консультанта**, який вас супроводжує;
- вакансії та майстер-класи (резюме, співбесіда);
- доступ до навчання, іноді оплачуваного.

> [!INFO]
> З 2025 року люди, які отримують RSA, реєструються у France Travail автоматично.`,
      },
      'how-inscription': {
        title: 'Зареєструватися онлайн',
        body: `1. Зайдіть на [francetravail.fr](https://www.francetravail.fr) і натисніть «S'inscrire» (зареєструватися).
2. Заповніть анкету: ваша ситуація, дипломи, професія, яку ви шукаєте.
3. Запишіть свій **логін** і пароль.

Немає комп'ютера? Прийдіть до агентства France Travail.`,
        outdatedFrom: howInscriptionOld,
      },
    },
    ru: {
      header: {
        title: 'Зарегистрироваться в France Travail, чтобы искать работу',
        body: 'Зарегистрируйтесь в France Travail, чтобы получить помощь в поиске работы или обучения.',
      },
      what: {
        title: 'Что такое France Travail?',
        body: `**France Travail** (бывший Pôle emploi) — государственная служба занятости. Она помогает найти работу или обучение и выплачивает некоторые пособия.

После регистрации у вас есть:
- **консультант**, который вас сопровождает;
- вакансии и мастер-классы (резюме, собеседование);
- доступ к обучению, иногда оплачиваемому.

> [!INFO]
> С 2025 года получатели RSA регистрируются в France Travail автоматически.`,
      },
    },
  },
};
