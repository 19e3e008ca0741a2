import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'formation-linguistique-ofii',
  publishedDaysAgo: 130,
  content: {
    type: 'dispositif',
    title: "Apprendre le français gratuitement avec la formation linguistique de l'OFII",
    brandTitle: 'Formation linguistique du CIR',
    sponsor: "OFII (Office français de l'immigration et de l'intégration)",
    summary: 'Des cours de français gratuits, de 100 à 600 heures, pour les personnes qui ont signé le CIR.',
    mainTheme: 'apprendre-le-francais',
    secondaryThemes: ['demarches-administratives'],
    needs: ['cours-de-francais', 'apprendre-a-lire-et-ecrire', 'integration'],
    eligibility: {
      legalStatus: ['refugee', 'subsidiary_protection', 'stateless'],
      public: ['all'],
      age: { min: 16 },
      frenchLevel: ['alpha', 'A1', 'A2'],
      price: { kind: 'free' },
      conditions: ['cir_signed'],
      location: { kind: 'nationwide' },
      commitment: {
        duration: '100 à 600 heures selon votre niveau',
        frequency: 'several_per_week',
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      },
    },
    sections: {
      what: {
        id: 'what',
        title: "La formation linguistique de l'OFII, c'est quoi ?",
        body: `La **formation linguistique de l'OFII** fait partie du contrat d'intégration républicaine (CIR). Ce sont des cours de français **gratuits**, près de chez vous.

Le nombre d'heures dépend de votre résultat au test : **100, 200, 400 ou 600 heures**. Il existe aussi des parcours pour les personnes qui apprennent à lire et à écrire.

Le but est d'atteindre au moins le niveau **A1**, puis de continuer vers A2 et B1 si vous le souhaitez.`,
      },
      why: [
        {
          id: 'why-gratuit',
          title: 'Gratuit et près de chez vous',
          body: `La formation est **entièrement gratuite** : les cours, les supports et l'évaluation finale. Vous n'avez rien à payer.

Les cours ont lieu dans un organisme de formation choisi par l'OFII, près de votre domicile. Au moment de l'inscription, dites si vous avez des contraintes : enfants à garder, travail, santé.`,
        },
        {
          id: 'why-horaires',
          title: 'Des rythmes différents',
          body: `Selon les organismes, il existe des cours **en journée, le soir ou le samedi**, avec un rythme intensif ou plus léger.

Si vous travaillez ou si vous gardez vos enfants, dites-le à l'OFII et à l'organisme : ils cherchent avec vous un rythme qui vous convient. N'abandonnez pas sans en parler.`,
        },
        {
          id: 'why-utile',
          title: 'Utile pour la vie, le travail et les papiers',
          body: `Vous apprenez le français de tous les jours : parler au médecin, remplir un formulaire, chercher un emploi.

À la fin, vous passez une **évaluation** et recevez une attestation. Un bon niveau de français est demandé pour certaines cartes de séjour et pour la nationalité : ces cours vous aident aussi pour vos papiers.`,
        },
      ],
      how: [
        {
          id: 'how-inscription',
          title: "S'inscrire par l'OFII",
          body: `Vous n'avez pas besoin de chercher vous-même : tout passe par l'**OFII**.
1. Au rendez-vous du CIR, vous passez un test de français.
2. Si vous en avez besoin, l'OFII vous inscrit à la formation et vous donne le nom de l'organisme.
3. L'organisme vous appelle pour fixer le début des cours.

> [!IMPORTANT]
> La présence aux cours est **obligatoire**. Prévenez l'organisme en cas d'absence.`,
        },
        {
          id: 'how-continuer',
          title: 'Continuer après le niveau A1',
          body: `Vous avez atteint le niveau A1 et vous voulez progresser ? L'OFII propose aussi des formations vers les niveaux **A2 et B1**, dans la limite des places.

Demandez à la direction territoriale de l'OFII de votre département. Vous pouvez aussi chercher des cours dans une association près de chez vous. Plus d'informations sur [le site de l'OFII](https://www.ofii.fr).`,
        },
      ],
      next: [],
    },
    places: [],
    contacts: [],
    externalLink: { url: 'https://www.ofii.fr', label: 'OFII – site officiel' },
  },
  translations: {
    en: {
      header: {
        title: 'Learning French for free with OFII language training',
        body: 'Free French classes, from 100 to 600 hours, for people who have signed the CIR.',
      },
      what: {
        title: 'What is OFII language training?',
        body: `**OFII language training** is part of the Republican Integration Contract (CIR). These are **free** French classes, close to where you live.

The number of hours depends on your test result: **100, 200, 400 or 600 hours**. There are also courses for people who are learning to read and write.

The aim is to reach at least level **A1**, then to go on to A2 and B1 if you wish.`,
      },
      'why-gratuit': {
        title: 'Free and close to home',
        body: `The training is **completely free**: classes, materials and the final assessment. You have nothing to pay.

Classes take place at a training centre chosen by OFII, close to where you live. When you sign up, say if you have constraints: children to look after, work, health.`,
      },
      'why-horaires': {
        title: 'Different timetables',
        body: `Depending on the centre, there are classes **during the day, in the evening or on Saturdays**, at an intensive or a lighter pace.

If you work or look after your children, tell OFII and the centre: they will look with you for a pace that suits you. Do not give up without talking to them.`,
      },
      'why-utile': {
        title: 'Useful for daily life, work and your papers',
        body: `You learn everyday French: talking to a doctor, filling in a form, looking for a job.

At the end, you take an **assessment** and receive a certificate. A good level of French is required for some residence permits and for citizenship: these classes also help with your papers.`,
      },
      'how-inscription': {
        title: 'Sign up through OFII',
        body: `You do not need to look for a class yourself: everything goes through **OFII**.
1. At your CIR appointment, you take a French test.
2. If you need it, OFII enrols you in the training and gives you the name of the centre.
3. The centre calls you to set the start date.

> [!IMPORTANT]
> Attending classes is **compulsory**. Tell the centre if you are absent.`,
      },
      'how-continuer': {
        title: 'Continue after level A1',
        body: `You have reached level A1 and want to improve? OFII also offers training towards levels **A2 and B1**, as long as places are available.

Ask the OFII regional office for your département. You can also look for classes at an association near you. More information on [the OFII website](https://www.ofii.fr).`,
      },
    },
    ar: {
      header: {
        title: 'تعلّم الفرنسية مجانًا مع التكوين اللغوي لدى OFII',
        body: 'دروس فرنسية مجانية، من 100 إلى 600 ساعة، للأشخاص الذين وقّعوا عقد CIR.',
      },
      what: {
        title: 'ما هو التكوين اللغوي لدى OFII؟',
        body: `**التكوين اللغوي لدى OFII** جزء من عقد الاندماج الجمهوري (CIR). وهو دروس في الفرنسية **مجانية** وقريبة من مكان سكنك.

يتوقّف عدد الساعات على نتيجة اختبارك: **100 أو 200 أو 400 أو 600 ساعة**. توجد أيضًا مسارات للأشخاص الذين يتعلّمون القراءة والكتابة.

الهدف هو الوصول على الأقل إلى المستوى **A1**، ثم متابعة التعلّم نحو A2 وB1 إذا رغبت في ذلك.`,
      },
      'why-gratuit': {
        title: 'مجاني وقريب من سكنك',
        body: `التكوين **مجاني بالكامل**: الدروس والمواد والتقييم النهائي. لا تدفع أي شيء.

تُقام الدروس في مركز تكوين يختاره OFII قرب مكان سكنك. عند التسجيل، أخبرهم بظروفك: أطفال تعتني بهم، عمل، صحة.`,
      },
      'why-horaires': {
        title: 'أوقات مختلفة',
        body: `حسب المراكز، توجد دروس **في النهار أو المساء أو يوم السبت**، بوتيرة مكثّفة أو أخفّ.

إذا كنت تعمل أو تعتني بأطفالك، أخبر OFII والمركز: سيبحثون معك عن وتيرة تناسبك. لا تترك الدروس دون أن تتحدّث معهم.`,
      },
      'why-utile': {
        title: 'مفيد للحياة والعمل والأوراق',
        body: `تتعلّم فرنسية الحياة اليومية: التحدّث مع الطبيب، ملء استمارة، البحث عن عمل.

في النهاية، تجتاز **تقييمًا** وتحصل على شهادة. يُطلب مستوى جيّد في الفرنسية لبعض بطاقات الإقامة وللحصول على الجنسية: هذه الدروس تساعدك أيضًا في أوراقك.`,
      },
      'how-inscription': {
        title: 'التسجيل عن طريق OFII',
        body: `لا تحتاج إلى البحث بنفسك: كل شيء يمرّ عبر **OFII**.
1. في موعد عقد CIR، تجتاز اختبارًا في الفرنسية.
2. إذا كنت بحاجة إلى ذلك، يسجّلك OFII في التكوين ويعطيك اسم المركز.
3. يتّصل بك المركز لتحديد موعد بداية الدروس.

> [!IMPORTANT]
> حضور الدروس **إلزامي**. أخبر المركز إذا تغيّبت.`,
      },
      'how-continuer': {
        title: 'المتابعة بعد المستوى A1',
        body: `وصلت إلى المستوى A1 وتريد أن تتقدّم؟ يقترح OFII أيضًا تكوينات نحو المستويين **A2 وB1**، في حدود الأماكن المتوفّرة.

اسأل المديرية الإقليمية لـ OFII في مقاطعتك. يمكنك أيضًا البحث عن دروس لدى جمعية قريبة منك. مزيد من المعلومات على [موقع OFII](https://www.ofii.fr).`,
      },
    },
  },
};
