import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'contrat-d-integration-republicaine',
  publishedDaysAgo: 60,
  content: {
    type: 'demarche',
    title: "Signer le contrat d'intégration républicaine (CIR) avec l'OFII",
    summary:
      "Après votre premier titre de séjour, vous signez le CIR avec l'OFII : formation civique et français.",
    administration: "OFII (Office français de l'immigration et de l'intégration)",
    mainTheme: 'demarches-administratives',
    secondaryThemes: ['apprendre-le-francais'],
    needs: ['integration', 'titre-de-sejour', 'cours-de-francais'],
    eligibility: {
      legalStatus: ['refugee', 'subsidiary_protection', 'stateless'],
      public: ['all'],
      age: { min: 16 },
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: ['residence_permit'],
      location: { kind: 'nationwide' },
      commitment: 'not_applicable',
    },
    sections: {
      what: {
        id: 'what',
        title: "Le CIR, c'est quoi ?",
        body: `Le **contrat d'intégration républicaine (CIR)** est un engagement entre vous et l'État. Vous le signez avec l'**OFII** quand vous recevez votre premier titre de séjour, par exemple après avoir obtenu une protection.

Avec le CIR, vous suivez gratuitement :
- une **formation civique** sur la vie en France, ses valeurs et ses démarches ;
- des **cours de français**, si vous en avez besoin ;
- un accompagnement vers l'emploi.

> [!IMPORTANT]
> Le CIR est **obligatoire**. Le suivre sérieusement compte pour vos prochaines cartes de séjour.`,
      },
      why: [],
      how: [
        {
          id: 'how-convocation',
          title: "Recevoir la convocation de l'OFII",
          body: `Après votre protection ou votre premier titre de séjour, l'OFII vous envoie une **convocation** par courrier, SMS ou e-mail.

Vérifiez que l'OFII a votre bonne adresse et votre bon numéro de téléphone. Si vous déménagez, prévenez-le.

Vous n'avez rien reçu après quelques semaines ? Contactez la direction territoriale de l'OFII de votre département. Les adresses sont sur [le site de l'OFII](https://www.ofii.fr).`,
        },
        {
          id: 'how-accueil',
          title: "Le rendez-vous d'accueil à l'OFII",
          body: `Le jour du rendez-vous, apportez votre **titre de séjour** (ou votre récépissé) et votre convocation.

Sur place :
1. vous passez un **test de français**, à l'écrit et à l'oral ;
2. vous avez un **entretien personnel** avec un auditeur de l'OFII, avec un interprète si besoin ;
3. vous **signez le CIR** et recevez vos dates de formation.

L'entretien sert à parler de votre situation : logement, santé, travail, enfants.`,
        },
        {
          id: 'how-formations',
          title: 'Suivre les formations',
          body: `La **formation civique** dure plusieurs journées. Elle présente la France, ses valeurs, la santé, l'emploi et le logement. Elle se fait avec un interprète si besoin.

Si le test montre que vous en avez besoin, vous suivez aussi la **formation linguistique** de l'OFII (voir la fiche sur les cours de français de l'OFII).

> [!IMPORTANT]
> La présence est **obligatoire**. Si vous êtes absent, prévenez l'organisme de formation et donnez un justificatif.`,
        },
      ],
      next: [
        {
          id: 'next-fin',
          title: 'À la fin du CIR',
          body: `Quelques mois après la fin des formations, l'OFII vous propose un **entretien de fin de contrat**. Vous faites le point sur le français, l'emploi et vos projets.

L'OFII vous remet une **attestation**. Gardez-la : la préfecture la demande pour certaines cartes de séjour.

> [!INFO]
> La loi demande un **niveau de français** de plus en plus élevé pour certaines cartes de séjour et pour la nationalité. Renseignez-vous sur [service-public.fr](https://www.service-public.fr).`,
        },
      ],
    },
    places: [],
    contacts: [],
    externalLink: { url: 'https://www.ofii.fr', label: 'OFII – site officiel' },
  },
  translations: {
    en: {
      header: {
        title: 'Signing the Republican Integration Contract (CIR) with OFII',
        body: 'After your first residence permit, you sign the CIR with OFII: civic training and French.',
      },
      what: {
        title: 'What is the CIR?',
        body: `The **Republican Integration Contract (CIR)** is a commitment between you and the State. You sign it with **OFII** when you receive your first residence permit, for example after being granted protection.

With the CIR, you attend free of charge:
- **civic training** about life in France, its values and its procedures;
- **French classes**, if you need them;
- support towards employment.

> [!IMPORTANT]
> The CIR is **compulsory**. Taking it seriously counts for your next residence permits.`,
      },
      'how-convocation': {
        title: 'Receive the OFII invitation',
        body: `After you are granted protection or your first residence permit, OFII sends you an **invitation** by post, text message or email.

Make sure OFII has your correct address and phone number. If you move, let them know.

Nothing after a few weeks? Contact the OFII regional office for your département. The addresses are on [the OFII website](https://www.ofii.fr).`,
      },
      'how-accueil': {
        title: 'The welcome appointment at OFII',
        body: `On the day of the appointment, bring your **residence permit** (or your receipt, récépissé) and your invitation.

There:
1. you take a written and spoken **French test**;
2. you have a **personal interview** with an OFII officer, with an interpreter if needed;
3. you **sign the CIR** and get your training dates.

The interview is a chance to talk about your situation: housing, health, work, children.`,
      },
      'how-formations': {
        title: 'Attend the training',
        body: `The **civic training** lasts several days. It presents France, its values, health, employment and housing. An interpreter is provided if needed.

If the test shows that you need it, you also attend OFII's **language training** (see the fiche on OFII French classes).

> [!IMPORTANT]
> Attendance is **compulsory**. If you are absent, tell the training centre and give proof of the reason.`,
      },
      'next-fin': {
        title: 'At the end of the CIR',
        body: `A few months after the training ends, OFII offers you an **end-of-contract interview**. You review your French, work and plans.

OFII gives you a **certificate**. Keep it: the prefecture asks for it for some residence permits.

> [!INFO]
> The law requires an increasingly high **level of French** for some residence permits and for citizenship. Find out more on [service-public.fr](https://www.service-public.fr).`,
      },
    },
    ar: {
      header: {
        title: 'توقيع عقد الاندماج الجمهوري (CIR) مع OFII',
        body: 'بعد أول بطاقة إقامة، توقّع عقد CIR مع OFII: تكوين مدني ودروس فرنسية.',
      },
      what: {
        title: 'ما هو عقد CIR؟',
        body: `**عقد الاندماج الجمهوري (CIR)** هو التزام بينك وبين الدولة. توقّعه مع **OFII** عندما تحصل على أول بطاقة إقامة، مثلًا بعد حصولك على الحماية.

مع عقد CIR، تتابع مجانًا:
- **تكوينًا مدنيًا** عن الحياة في فرنسا وقيمها وإجراءاتها؛
- **دروسًا في اللغة الفرنسية**، إذا كنت بحاجة إليها؛
- مرافقة نحو العمل.

> [!IMPORTANT]
> عقد CIR **إلزامي**. الالتزام به بجدّية يُحتسب عند تجديد بطاقات إقامتك المقبلة.`,
      },
      'how-convocation': {
        title: 'استلام استدعاء OFII',
        body: `بعد حصولك على الحماية أو على أول بطاقة إقامة، يرسل لك OFII **استدعاءً** بالبريد أو برسالة نصية أو بالبريد الإلكتروني.

تأكّد أنّ لدى OFII عنوانك ورقم هاتفك الصحيحين. إذا انتقلت إلى مكان آخر، أخبره.

لم يصلك شيء بعد بضعة أسابيع؟ اتصل بالمديرية الإقليمية لـ OFII في مقاطعتك. العناوين موجودة على [موقع OFII](https://www.ofii.fr).`,
      },
      'how-accueil': {
        title: 'موعد الاستقبال في OFII',
        body: `في يوم الموعد، أحضر **بطاقة إقامتك** (أو الوصل récépissé) والاستدعاء.

هناك:
1. تجتاز **اختبارًا في الفرنسية**، كتابيًا وشفهيًا؛
2. تجري **مقابلة شخصية** مع موظّف من OFII، بحضور مترجم عند الحاجة؛
3. **توقّع عقد CIR** وتحصل على مواعيد تكوينك.

المقابلة فرصة للحديث عن وضعك: السكن، الصحة، العمل، الأطفال.`,
      },
      'how-formations': {
        title: 'متابعة التكوينات',
        body: `يستمرّ **التكوين المدني** عدّة أيام. يعرّفك بفرنسا وقيمها وبالصحة والعمل والسكن. يكون بحضور مترجم عند الحاجة.

إذا أظهر الاختبار أنك بحاجة إلى ذلك، تتابع أيضًا **التكوين اللغوي** لدى OFII (انظر البطاقة الخاصة بدروس الفرنسية لدى OFII).

> [!IMPORTANT]
> الحضور **إلزامي**. إذا تغيّبت، أخبر مركز التكوين وقدّم إثباتًا.`,
      },
      'next-fin': {
        title: 'في نهاية عقد CIR',
        body: `بعد بضعة أشهر من انتهاء التكوينات، يقترح عليك OFII **مقابلة نهاية العقد**. تراجع فيها مستواك في الفرنسية والعمل ومشاريعك.

يعطيك OFII **شهادة**. احتفظ بها: تطلبها المحافظة لبعض بطاقات الإقامة.

> [!INFO]
> يشترط القانون **مستوى في الفرنسية** يرتفع تدريجيًا لبعض بطاقات الإقامة وللحصول على الجنسية. اطّلع على المزيد في [service-public.fr](https://www.service-public.fr).`,
      },
    },
    fa: {
      header: {
        title: 'امضای قرارداد ادغام جمهوری (CIR) با OFII',
        body: 'پس از نخستین کارت اقامت، قرارداد CIR را با OFII امضا می‌کنید: آموزش مدنی و زبان فرانسوی.',
      },
      what: {
        title: 'CIR چیست؟',
        body: `**قرارداد ادغام جمهوری (CIR)** یک تعهد میان شما و دولت است. شما آن را با **OFII** امضا می‌کنید، وقتی نخستین کارت اقامت خود را می‌گیرید، مثلاً پس از گرفتن حمایت.

با CIR، به صورت رایگان شرکت می‌کنید در:
- یک **آموزش مدنی** درباره زندگی در فرانسه، ارزش‌ها و کارهای اداری آن؛
- **کورس‌های زبان فرانسوی**، اگر به آن نیاز دارید؛
- همراهی برای پیدا کردن کار.

> [!IMPORTANT]
> CIR **اجباری** است. جدی گرفتن آن برای کارت‌های اقامت بعدی شما مهم است.`,
      },
    },
  },
};
