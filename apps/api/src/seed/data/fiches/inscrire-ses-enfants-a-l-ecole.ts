import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'inscrire-ses-enfants-a-l-ecole',
  publishedDaysAgo: 150,
  content: {
    type: 'demarche',
    title: "Inscrire ses enfants à l'école, au collège ou au lycée",
    summary: "L'école est obligatoire de 3 à 16 ans, et gratuite. Voici comment inscrire vos enfants.",
    administration: "Mairie (école) et services de l'Éducation nationale (collège, lycée)",
    mainTheme: 'education-formation',
    secondaryThemes: [],
    needs: ['ecole-des-enfants'],
    eligibility: {
      legalStatus: ['asylum_seeker', 'refugee', 'subsidiary_protection', 'temporary_protection', 'stateless'],
      public: ['families', 'children'],
      age: { min: 3, max: 18 },
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: 'not_applicable',
      location: { kind: 'nationwide' },
      commitment: 'not_applicable',
    },
    sections: {
      what: {
        id: 'what',
        title: "L'école en France, c'est quoi ?",
        body: `En France, l'**instruction est obligatoire** pour tous les enfants de **3 à 16 ans**, quelle que soit leur nationalité ou la situation de leurs parents. De 16 à 18 ans, les jeunes doivent être en études, en formation ou en emploi.

L'école publique est **gratuite**.

Les enfants qui ne parlent pas encore bien français vont dans une classe ordinaire, avec des cours de français en plus (dispositif **UPE2A**).`,
      },
      why: [],
      how: [
        {
          id: 'how-mairie',
          title: 'École maternelle et élémentaire : aller à la mairie',
          body: `Pour un enfant de 3 à 11 ans, allez à la **mairie** de votre commune avec :
- votre pièce d'identité et celle de l'enfant, ou son acte de naissance ;
- un justificatif d'adresse, d'hébergement ou de domiciliation ;
- le carnet de vaccinations de l'enfant.

La mairie vous donne un certificat d'inscription. Ensuite, prenez rendez-vous avec le **directeur ou la directrice** de l'école.

> [!IMPORTANT]
> La mairie ne peut pas refuser l'inscription parce qu'il manque un papier ou parce que vous êtes hébergé.`,
        },
        {
          id: 'how-college',
          title: "Collège et lycée : contacter l'Éducation nationale",
          body: `Pour un jeune de 11 ans et plus, contactez les **services de l'Éducation nationale** de votre département (DSDEN) ou le **CASNAV**, qui accueille les élèves arrivés récemment en France.

1. Le jeune passe un **test** de niveau, dans sa langue et en français.
2. Les services proposent un collège ou un lycée, souvent avec une classe UPE2A.

Un jeune de plus de 16 ans peut aussi être accompagné par la Mission locale.`,
        },
      ],
      next: [
        {
          id: 'next-rentree',
          title: "Après l'inscription",
          body: `Votre enfant commence l'école, même en cours d'année. Pensez à :
- la **cantine** et l'accueil périscolaire, à demander à la mairie (le prix dépend souvent de vos revenus) ;
- les **bourses** de collège et de lycée ;
- l'**allocation de rentrée scolaire** de la CAF, si vous y avez droit.

Rencontrez l'enseignant pour parler des progrès de votre enfant. Plus d'informations sur [service-public.fr](https://www.service-public.fr).`,
        },
      ],
    },
    places: [],
    contacts: [],
    externalLink: { url: 'https://www.service-public.fr', label: 'service-public.fr' },
  },
  translations: {
    en: {
      header: {
        title: 'Enrolling your children in primary school, collège or lycée',
        body: 'School is compulsory from 3 to 16, and free. Here is how to enrol your children.',
      },
      what: {
        title: 'What is school like in France?',
        body: `In France, **education is compulsory** for all children from **3 to 16**, whatever their nationality or their parents' situation. From 16 to 18, young people must be studying, in training or in work.

State school is **free**.

Children who do not yet speak French well join an ordinary class, with extra French lessons (the **UPE2A** scheme).`,
      },
      'how-mairie': {
        title: 'Nursery and primary school: go to the town hall',
        body: `For a child aged 3 to 11, go to the **town hall** (mairie) of your town with:
- your identity document and the child's, or the child's birth certificate;
- proof of address, accommodation or domiciliation;
- the child's vaccination record.

The town hall gives you an enrolment certificate. Then make an appointment with the school's **head teacher**.

> [!IMPORTANT]
> The town hall cannot refuse enrolment because a document is missing or because you live in temporary accommodation.`,
      },
      'how-college': {
        title: 'Collège and lycée: contact the Education Ministry services',
        body: `For a young person aged 11 or over, contact the **Education Ministry services** of your département (DSDEN) or the **CASNAV**, which welcomes pupils who have recently arrived in France.

1. The young person takes a level **test**, in their own language and in French.
2. The services offer a place in a collège or lycée, often with a UPE2A class.

A young person over 16 can also get support from the Mission locale (youth employment centre).`,
      },
      'next-rentree': {
        title: 'After enrolment',
        body: `Your child starts school, even in the middle of the year. Remember:
- the **school canteen** and after-school care, to ask for at the town hall (the price often depends on your income);
- **grants** for collège and lycée;
- the CAF's **back-to-school allowance**, if you are entitled to it.

Meet the teacher to talk about your child's progress. More information on [service-public.fr](https://www.service-public.fr).`,
      },
    },
    ar: {
      header: {
        title: 'تسجيل أطفالك في المدرسة أو الإعدادية أو الثانوية',
        body: 'المدرسة إلزامية من 3 إلى 16 سنة، ومجانية. إليك كيف تسجّل أطفالك.',
      },
      what: {
        title: 'كيف هي المدرسة في فرنسا؟',
        body: `في فرنسا، **التعليم إلزامي** لجميع الأطفال من **3 إلى 16 سنة**، مهما كانت جنسيتهم أو وضع والديهم. من 16 إلى 18 سنة، يجب أن يكون الشباب في الدراسة أو التكوين أو العمل.

المدرسة العمومية **مجانية**.

الأطفال الذين لا يتكلّمون الفرنسية جيدًا بعد يلتحقون بقسم عادي، مع دروس إضافية في الفرنسية (نظام **UPE2A**).`,
      },
      'how-mairie': {
        title: 'الروضة والمدرسة الابتدائية: الذهاب إلى البلدية',
        body: `لطفل عمره من 3 إلى 11 سنة، اذهب إلى **بلدية** مدينتك ومعك:
- وثيقة هويتك ووثيقة هوية الطفل، أو شهادة ميلاده؛
- إثبات العنوان أو السكن أو عنوان المراسلة؛
- دفتر تلقيحات الطفل.

تعطيك البلدية شهادة تسجيل. بعد ذلك، خذ موعدًا مع **مدير أو مديرة** المدرسة.

> [!IMPORTANT]
> لا يحقّ للبلدية رفض التسجيل بسبب نقص وثيقة أو لأنك تسكن في مكان إيواء.`,
      },
      'how-college': {
        title: 'الإعدادية والثانوية: الاتصال بمصالح التربية الوطنية',
        body: `لشاب عمره 11 سنة أو أكثر، اتصل **بمصالح التربية الوطنية** في مقاطعتك (DSDEN) أو بـ **CASNAV**، الذي يستقبل التلاميذ الواصلين حديثًا إلى فرنسا.

1. يجتاز الشاب **اختبار مستوى**، بلغته وبالفرنسية.
2. تقترح المصالح إعدادية أو ثانوية، غالبًا مع قسم UPE2A.

يمكن أيضًا لشاب يزيد عمره عن 16 سنة أن يحصل على مرافقة من Mission locale (مركز مرافقة الشباب).`,
      },
      'next-rentree': {
        title: 'بعد التسجيل',
        body: `يبدأ طفلك الدراسة، حتى لو كان ذلك في منتصف السنة. فكّر في:
- **المطعم المدرسي** والاستقبال بعد المدرسة، اطلبهما من البلدية (السعر يتوقّف غالبًا على مداخيلك)؛
- **المنح الدراسية** للإعدادية والثانوية؛
- **منحة الدخول المدرسي** من CAF، إذا كان لك الحق فيها.

قابل المعلّم للحديث عن تقدّم طفلك. مزيد من المعلومات على [service-public.fr](https://www.service-public.fr).`,
      },
    },
    uk: {
      header: {
        title: 'Записати дітей до школи, колежу чи ліцею',
        body: 'Навчання обов’язкове з 3 до 16 років і безкоштовне. Ось як записати дітей до школи.',
      },
      what: {
        title: 'Яка школа у Франції?',
        body: `У Франції **навчання обов'язкове** для всіх дітей **від 3 до 16 років**, незалежно від громадянства чи статусу батьків. З 16 до 18 років молодь має навчатися, проходити професійну підготовку або працювати.

Державна школа **безкоштовна**.

Діти, які ще погано говорять французькою, навчаються у звичайному класі з додатковими уроками французької (програма **UPE2A**).`,
      },
      'how-mairie': {
        title: 'Дитячий садок і початкова школа: звернутися до мерії',
        body: `Для дитини від 3 до 11 років зверніться до **мерії** (mairie) свого міста з такими документами:
- ваш документ, що посвідчує особу, і документ дитини або її свідоцтво про народження;
- підтвердження адреси, проживання чи поштової адреси (domiciliation);
- картка щеплень дитини.

Мерія видає вам довідку про запис. Потім домовтеся про зустріч із **директором чи директоркою** школи.

> [!IMPORTANT]
> Мерія не може відмовити в записі через брак якогось документа або через те, що ви живете в тимчасовому житлі.`,
      },
    },
    fa: {
      header: {
        title: 'ثبت نام فرزندان در مکتب، متوسطه یا لیسه',
        body: 'مکتب از ۳ تا ۱۶ سالگی اجباری و رایگان است. این‌گونه فرزندان خود را ثبت نام کنید.',
      },
    },
    ps: {
      header: {
        title: 'خپل ماشومان په ښوونځي، منځني یا لیسه کې شاملول',
        body: 'ښوونځی له ۳ تر ۱۶ کلنۍ پورې اجباري او وړیا دی. دلته ولولئ چې ماشومان څنګه شامل کړئ.',
      },
    },
  },
};
