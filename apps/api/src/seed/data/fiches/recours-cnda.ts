import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'recours-cnda',
  publishedDaysAgo: 95,
  content: {
    type: 'demarche',
    title: "Contester un refus de l'OFPRA : faire un recours devant la CNDA",
    summary:
      "Si l'OFPRA refuse votre demande d'asile, vous avez un mois pour faire un recours devant la CNDA.",
    administration: "CNDA (Cour nationale du droit d'asile)",
    mainTheme: 'aide-juridique',
    secondaryThemes: ['demarches-administratives'],
    needs: ['contester-une-decision', 'avoir-un-avocat', 'demander-l-asile'],
    eligibility: {
      legalStatus: ['asylum_seeker', 'subsidiary_protection'],
      public: ['all'],
      age: 'not_applicable',
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: ['asylum_certificate'],
      location: { kind: 'nationwide' },
      commitment: 'not_applicable',
    },
    sections: {
      what: {
        id: 'what',
        title: "Le recours devant la CNDA, c'est quoi ?",
        body: `La **Cour nationale du droit d'asile (CNDA)** est un tribunal. Elle réexamine votre demande si l'OFPRA a refusé de vous protéger, ou s'il vous a donné la protection subsidiaire alors que vous pensez avoir droit au statut de réfugié.

Le recours est **gratuit**. Pendant le recours, vous pouvez en général **rester en France** et garder vos droits de demandeur d'asile.

> [!IMPORTANT]
> Vous avez **un mois** après avoir reçu la décision de l'OFPRA pour faire votre recours. Après, il est trop tard.`,
      },
      why: [],
      how: [
        {
          id: 'how-avocat',
          title: 'Demander un avocat gratuit',
          body: `Vous avez droit à un **avocat gratuit** grâce à l'aide juridictionnelle.

Demandez-la **dans les 15 jours** après avoir reçu la décision de l'OFPRA. Si vous respectez ce délai, le délai d'un mois pour le recours est suspendu jusqu'à la réponse.

Vous pouvez :
- demander un avocat désigné par la Cour ;
- ou choisir vous-même un avocat qui accepte l'aide juridictionnelle.

Le formulaire est sur [le site de la CNDA](https://www.cnda.fr).`,
        },
        {
          id: 'how-recours',
          title: 'Écrire et envoyer le recours',
          body: `Le recours est une **lettre en français** qui explique pourquoi la décision de l'OFPRA est fausse. Votre avocat l'écrit avec vous.

Joignez :
- une copie de la décision de l'OFPRA ;
- la preuve de la date où vous l'avez reçue (l'enveloppe, par exemple) ;
- vos nouvelles preuves, traduites si possible.

Envoyez le recours à la CNDA par **lettre recommandée**, ou en ligne avec votre avocat. Gardez une copie de tout.`,
        },
        {
          id: 'how-audience',
          title: "Aller à l'audience",
          body: `La CNDA vous envoie une **convocation** à l'audience, souvent plusieurs mois après le recours.

L'audience est publique, mais vous pouvez demander le **huis clos** (sans public). Un juge, ou trois juges, vous écoutent avec un interprète et votre avocat.

> [!INFO]
> Certaines audiences ont lieu dans une chambre régionale de la CNDA, plus près de chez vous, ou par vidéo. Lisez bien l'adresse sur la convocation.`,
        },
      ],
      next: [
        {
          id: 'next-decision',
          title: 'La décision de la CNDA',
          body: `La décision est affichée à la Cour et envoyée par courrier, en général **quelques semaines** après l'audience.

- Si la CNDA vous accorde une protection, allez à la préfecture pour demander votre titre de séjour.
- Si elle rejette votre recours, vous n'êtes plus demandeur d'asile. La préfecture peut vous demander de quitter la France.

Parlez tout de suite avec votre avocat ou une association : d'autres démarches sont parfois possibles.`,
        },
      ],
    },
    places: [
      {
        id: 'cnda',
        name: "Cour nationale du droit d'asile (CNDA)",
        address: { street: '35 rue Cuvier', postalCode: '93100', city: 'Montreuil' },
        openingHours: 'Audiences sur convocation',
        coordinates: { lat: 48.8616, lng: 2.4382 },
      },
    ],
    contacts: [],
    externalLink: { url: 'https://www.cnda.fr', label: 'CNDA – site officiel' },
  },
  translations: {
    en: {
      header: {
        title: 'Challenging an OFPRA refusal: appealing to the CNDA',
        body: 'If OFPRA refuses your asylum application, you have one month to appeal to the CNDA.',
      },
      what: {
        title: 'What is an appeal to the CNDA?',
        body: `The **National Court of Asylum (CNDA)** is a court. It re-examines your application if OFPRA refused to protect you, or if it gave you subsidiary protection when you believe you are entitled to refugee status.

Appealing is **free**. During the appeal, you can usually **stay in France** and keep your rights as an asylum seeker.

> [!IMPORTANT]
> You have **one month** after receiving OFPRA's decision to appeal. After that, it is too late.`,
      },
      'how-avocat': {
        title: 'Ask for a free lawyer',
        body: `You are entitled to a **free lawyer** through legal aid (aide juridictionnelle).

Ask for it **within 15 days** of receiving OFPRA's decision. If you meet this deadline, the one-month appeal deadline is put on hold until you get an answer.

You can:
- ask for a lawyer appointed by the Court;
- or choose a lawyer yourself who accepts legal aid.

The form is on [the CNDA website](https://www.cnda.fr).`,
      },
      'how-recours': {
        title: 'Write and send the appeal',
        body: `The appeal is a **letter in French** explaining why OFPRA's decision is wrong. Your lawyer writes it with you.

Attach:
- a copy of OFPRA's decision;
- proof of the date you received it (the envelope, for example);
- any new evidence, translated if possible.

Send the appeal to the CNDA by **registered letter**, or online with your lawyer. Keep a copy of everything.`,
      },
      'how-audience': {
        title: 'Attend the hearing',
        body: `The CNDA sends you an **invitation** to the hearing, often several months after the appeal.

The hearing is public, but you can ask for it to be held **in private** (without an audience). One judge, or three judges, listen to you with an interpreter and your lawyer.

> [!INFO]
> Some hearings take place in a regional chamber of the CNDA, closer to where you live, or by video. Read the address on the invitation carefully.`,
      },
      'next-decision': {
        title: "The CNDA's decision",
        body: `The decision is posted at the Court and sent by post, usually **a few weeks** after the hearing.

- If the CNDA grants you protection, go to the prefecture to apply for your residence permit.
- If it rejects your appeal, you are no longer an asylum seeker. The prefecture may order you to leave France.

Talk to your lawyer or an association straight away: other steps are sometimes possible.`,
      },
    },
    ar: {
      header: {
        title: 'الطعن في رفض OFPRA: تقديم طعن أمام CNDA',
        body: 'إذا رفض OFPRA طلب لجوئك، لديك شهر واحد لتقديم طعن أمام CNDA.',
      },
      what: {
        title: 'ما هو الطعن أمام CNDA؟',
        body: `**المحكمة الوطنية لحق اللجوء (CNDA)** هي محكمة. تعيد دراسة طلبك إذا رفض OFPRA حمايتك، أو إذا منحك الحماية الفرعية بينما ترى أنّ لك الحق في صفة اللاجئ.

الطعن **مجاني**. خلال الطعن، يمكنك عادةً **البقاء في فرنسا** والاحتفاظ بحقوقك كطالب لجوء.

> [!IMPORTANT]
> لديك **شهر واحد** بعد استلام قرار OFPRA لتقديم الطعن. بعد ذلك يكون الأوان قد فات.`,
      },
      'how-avocat': {
        title: 'طلب محامٍ مجاني',
        body: `لك الحق في **محامٍ مجاني** بفضل المساعدة القضائية (aide juridictionnelle).

اطلبها **خلال 15 يومًا** من استلام قرار OFPRA. إذا احترمت هذه المهلة، تتوقّف مهلة الشهر الخاصة بالطعن إلى حين صدور الردّ.

يمكنك:
- طلب محامٍ تعيّنه المحكمة؛
- أو اختيار محامٍ بنفسك يقبل المساعدة القضائية.

الاستمارة موجودة على [موقع CNDA](https://www.cnda.fr).`,
      },
      'how-recours': {
        title: 'كتابة الطعن وإرساله',
        body: `الطعن هو **رسالة باللغة الفرنسية** تشرح لماذا قرار OFPRA خاطئ. يكتبها محاميك معك.

أرفِق:
- نسخة من قرار OFPRA؛
- إثبات تاريخ استلامك له (الظرف مثلًا)؛
- أدلّتك الجديدة، مترجمة إن أمكن.

أرسل الطعن إلى CNDA **برسالة مضمونة**، أو عبر الإنترنت مع محاميك. احتفظ بنسخة من كل شيء.`,
      },
      'how-audience': {
        title: 'حضور الجلسة',
        body: `ترسل لك CNDA **استدعاءً** إلى الجلسة، غالبًا بعد عدّة أشهر من الطعن.

الجلسة علنية، لكن يمكنك طلب **جلسة سرّية** (دون جمهور). يستمع إليك قاضٍ واحد أو ثلاثة قضاة بحضور مترجم ومحاميك.

> [!INFO]
> تُعقد بعض الجلسات في غرفة إقليمية تابعة لـ CNDA، أقرب إلى مكان سكنك، أو عبر الفيديو. اقرأ العنوان المكتوب على الاستدعاء بعناية.`,
      },
      'next-decision': {
        title: 'قرار CNDA',
        body: `يُعلَّق القرار في المحكمة ويُرسَل بالبريد، عادةً بعد **بضعة أسابيع** من الجلسة.

- إذا منحتك CNDA الحماية، اذهب إلى المحافظة لطلب بطاقة إقامتك.
- إذا رفضت طعنك، لن تعود طالب لجوء. قد تطلب منك المحافظة مغادرة فرنسا.

تحدّث فورًا مع محاميك أو مع جمعية: أحيانًا تكون هناك إجراءات أخرى ممكنة.`,
      },
    },
  },
};
