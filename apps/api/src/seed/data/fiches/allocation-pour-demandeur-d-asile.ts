import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'allocation-pour-demandeur-d-asile',
  publishedDaysAgo: 21,
  content: {
    type: 'demarche',
    title: "Toucher l'allocation pour demandeur d'asile (ADA) versée par l'OFII",
    summary: "Pendant votre demande d'asile, l'OFII peut vous verser une aide chaque mois sur une carte.",
    administration: "OFII (Office français de l'immigration et de l'intégration)",
    mainTheme: 'argent-droits-sociaux',
    secondaryThemes: ['demarches-administratives'],
    needs: ['allocations', 'demander-l-asile'],
    eligibility: {
      legalStatus: ['asylum_seeker'],
      public: ['all'],
      age: { min: 18 },
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: ['asylum_certificate', 'income_below_threshold'],
      location: { kind: 'nationwide' },
      commitment: 'not_applicable',
    },
    sections: {
      what: {
        id: 'what',
        title: "L'ADA, c'est quoi ?",
        body: `L'**allocation pour demandeur d'asile (ADA)** est une aide en argent pour vivre pendant votre demande d'asile : manger, vous habiller, vous déplacer.

Le montant dépend de votre famille et de votre hébergement. Par exemple, une personne seule hébergée reçoit **environ 200 € par mois**. Si l'État ne vous propose pas d'hébergement, un montant en plus est prévu.

> [!INFO]
> Les montants changent. Vérifiez-les sur [le site de l'OFII](https://www.ofii.fr) ou demandez à votre SPADA.`,
      },
      why: [],
      how: [
        {
          id: 'how-accepter',
          title: "Accepter les conditions d'accueil",
          body: `Au guichet unique (GUDA), l'OFII vous propose les **conditions matérielles d'accueil** : un hébergement et l'ADA.

Pour recevoir l'ADA :
1. acceptez cette offre en signant le document de l'OFII ;
2. donnez des informations vraies sur votre famille et vos ressources ;
3. acceptez l'hébergement proposé, même s'il est dans une autre région.

> [!IMPORTANT]
> Si vous refusez l'hébergement ou si vous le quittez sans raison, vous pouvez **perdre l'ADA**.`,
        },
        {
          id: 'how-carte',
          title: 'Recevoir et utiliser la carte ADA',
          body: `L'OFII vous remet une **carte de paiement**. L'argent arrive chaque mois sur cette carte. Le premier versement peut prendre quelques semaines.

Avec cette carte, vous payez dans les magasins. Gardez le **code secret** pour vous seul.

Si la carte est perdue, volée ou bloquée, prévenez tout de suite l'OFII ou votre SPADA. Gardez vos tickets de caisse si vous voyez une erreur sur votre solde.`,
        },
        {
          id: 'how-declarer',
          title: 'Signaler les changements',
          body: `Vous devez dire à l'OFII ce qui change dans votre vie :
- une naissance ou l'arrivée d'un membre de votre famille ;
- un déménagement ou un nouvel hébergement ;
- un travail ou d'autres revenus.

Répondez aussi aux courriers de l'OFII et allez aux rendez-vous. Sans réponse, le versement peut être **suspendu**. Votre SPADA peut vous aider à écrire à l'OFII.`,
        },
      ],
      next: [
        {
          id: 'next-fin',
          title: "Quand l'ADA s'arrête",
          body: `L'ADA s'arrête à la fin du mois qui suit la **décision définitive** sur votre demande (OFPRA ou CNDA).

- Si vous obtenez une protection, vous pouvez demander d'autres aides : le RSA (si vous avez 25 ans ou plus, ou un enfant), les aides de la CAF, l'inscription à France Travail.
- Si votre demande est rejetée, l'ADA s'arrête.

Préparez ces démarches tôt avec un travailleur social. Plus d'informations sur [service-public.fr](https://www.service-public.fr).`,
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
        title: "Receiving the asylum seeker's allowance (ADA) paid by OFII",
        body: 'While your asylum application is being examined, OFII may pay you an allowance each month on a card.',
      },
      what: {
        title: 'What is the ADA?',
        body: `The **asylum seeker's allowance (ADA)** is money to live on while your asylum application is being examined: food, clothes, transport.

The amount depends on your family and your accommodation. For example, a single person who is housed receives **about €200 a month**. If the State does not offer you accommodation, an extra amount is paid.

> [!INFO]
> Amounts change. Check them on [the OFII website](https://www.ofii.fr) or ask your SPADA.`,
      },
      'how-accepter': {
        title: 'Accept the reception conditions',
        body: `At the one-stop desk (GUDA), OFII offers you **material reception conditions**: accommodation and the ADA.

To receive the ADA:
1. accept this offer by signing the OFII document;
2. give true information about your family and your income;
3. accept the accommodation you are offered, even if it is in another region.

> [!IMPORTANT]
> If you refuse the accommodation or leave it without a reason, you may **lose the ADA**.`,
      },
      'how-carte': {
        title: 'Get and use the ADA card',
        body: `OFII gives you a **payment card**. The money is paid onto this card every month. The first payment can take a few weeks.

You use this card to pay in shops. Keep the **PIN code** to yourself.

If the card is lost, stolen or blocked, tell OFII or your SPADA straight away. Keep your receipts if you see a mistake in your balance.`,
      },
      'how-declarer': {
        title: 'Report any changes',
        body: `You must tell OFII about changes in your life:
- a birth or a family member joining you;
- a move or new accommodation;
- a job or other income.

Also answer OFII's letters and go to your appointments. If you do not answer, payments may be **suspended**. Your SPADA can help you write to OFII.`,
      },
      'next-fin': {
        title: 'When the ADA stops',
        body: `The ADA stops at the end of the month after the **final decision** on your application (OFPRA or CNDA).

- If you are granted protection, you can apply for other support: RSA (if you are 25 or older, or have a child), CAF benefits, registration with France Travail.
- If your application is rejected, the ADA stops.

Prepare these steps early with a social worker. More information on [service-public.fr](https://www.service-public.fr).`,
      },
    },
    ar: {
      header: {
        title: 'الحصول على منحة طالب اللجوء (ADA) التي يدفعها OFII',
        body: 'خلال دراسة طلب لجوئك، قد يدفع لك OFII منحة كل شهر على بطاقة.',
      },
      what: {
        title: 'ما هي منحة ADA؟',
        body: `**منحة طالب اللجوء (ADA)** هي مساعدة مالية للعيش خلال دراسة طلب لجوئك: الطعام، الملابس، التنقّل.

يختلف المبلغ حسب عائلتك وسكنك. مثلًا، يتلقّى الشخص الأعزب الذي لديه سكن **حوالي 200 يورو في الشهر**. إذا لم تقترح عليك الدولة سكنًا، يُضاف مبلغ إضافي.

> [!INFO]
> المبالغ تتغيّر. تحقّق منها على [موقع OFII](https://www.ofii.fr) أو اسأل SPADA التي تتابعك.`,
      },
      'how-accepter': {
        title: 'قبول شروط الاستقبال',
        body: `في الشباك الموحّد (GUDA)، يقترح عليك OFII **شروط الاستقبال المادية**: سكنًا ومنحة ADA.

للحصول على منحة ADA:
1. اقبل هذا العرض بالتوقيع على وثيقة OFII؛
2. قدّم معلومات صحيحة عن عائلتك ومواردك؛
3. اقبل السكن المقترح عليك، حتى لو كان في منطقة أخرى.

> [!IMPORTANT]
> إذا رفضت السكن أو تركته دون سبب، قد **تفقد منحة ADA**.`,
      },
      'how-carte': {
        title: 'استلام بطاقة ADA واستعمالها',
        body: `يسلّمك OFII **بطاقة دفع**. يصل المال إلى هذه البطاقة كل شهر. قد تستغرق الدفعة الأولى بضعة أسابيع.

تستعمل هذه البطاقة للدفع في المحلّات. احتفظ **بالرمز السرّي** لنفسك فقط.

إذا ضاعت البطاقة أو سُرقت أو تعطّلت، أخبر OFII أو SPADA فورًا. احتفظ بإيصالات الشراء إذا لاحظت خطأً في رصيدك.`,
      },
      'how-declarer': {
        title: 'الإبلاغ عن التغييرات',
        body: `يجب أن تخبر OFII بما يتغيّر في حياتك:
- ولادة أو وصول أحد أفراد عائلتك؛
- انتقال إلى مكان آخر أو سكن جديد؛
- عمل أو مداخيل أخرى.

أجب أيضًا على رسائل OFII واحضر المواعيد. دون ردّ، قد **يُعلَّق** الدفع. يمكن لـ SPADA مساعدتك في الكتابة إلى OFII.`,
      },
      'next-fin': {
        title: 'متى تتوقّف منحة ADA',
        body: `تتوقّف منحة ADA في نهاية الشهر الذي يلي **القرار النهائي** بشأن طلبك (من OFPRA أو CNDA).

- إذا حصلت على الحماية، يمكنك طلب مساعدات أخرى: RSA (إذا كان عمرك 25 سنة أو أكثر، أو لديك طفل)، مساعدات CAF، التسجيل في France Travail.
- إذا رُفض طلبك، تتوقّف المنحة.

حضّر هذه الإجراءات مبكرًا مع مساعد اجتماعي. مزيد من المعلومات على [service-public.fr](https://www.service-public.fr).`,
      },
    },
    ps: {
      header: {
        title: 'د پناه غوښتونکي مرسته (ADA) چې OFII یې ورکوي',
        body: 'د پناه غوښتنې په موده کې، OFII کولای شي هره میاشت په کارت تاسو ته مرسته درکړي.',
      },
      what: {
        title: 'ADA څه ده؟',
        body: `**د پناه غوښتونکي مرسته (ADA)** هغه پیسې دي چې د پناه غوښتنې په موده کې پرې ژوند وکړئ: خواړه، جامې، تګ راتګ.

اندازه یې ستاسو کورنۍ او استوګنځي پورې اړه لري. د بېلګې په توګه، یو یوازې کس چې استوګنځی لري **شاوخوا ۲۰۰ یورو په میاشت کې** ترلاسه کوي. که دولت تاسو ته استوګنځی درنه کړي، اضافي پیسې ورکول کېږي.

> [!INFO]
> اندازې بدلېږي. هغه په [د OFII وېبپاڼه](https://www.ofii.fr) کې وګورئ یا له خپل SPADA څخه وپوښتئ.`,
      },
    },
    fa: {
      header: {
        title: 'دریافت کمک هزینه پناهجو (ADA) که OFII می‌پردازد',
        body: 'در زمان بررسی درخواست پناهندگی، OFII می‌تواند هر ماه کمک هزینه‌ای روی یک کارت به شما بپردازد.',
      },
      what: {
        title: 'ADA چیست؟',
        body: `**کمک هزینه پناهجو (ADA)** پولی است برای زندگی در زمان بررسی درخواست پناهندگی: غذا، لباس، رفت و آمد.

مقدار آن به خانواده و محل اقامت شما بستگی دارد. برای مثال، یک فرد تنها که جای اقامت دارد **حدود ۲۰۰ یورو در ماه** دریافت می‌کند. اگر دولت به شما جای اقامت پیشنهاد نکند، مبلغ اضافی پرداخت می‌شود.

> [!INFO]
> مبلغ‌ها تغییر می‌کنند. آن‌ها را در [سایت OFII](https://www.ofii.fr) بررسی کنید یا از SPADA خود بپرسید.`,
      },
    },
  },
};
