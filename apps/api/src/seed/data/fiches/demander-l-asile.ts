import type { SeedFiche } from '../types.js';

const howGudaOld = {
  title: 'Se présenter au guichet unique (GUDA)',
  body: `Le jour du rendez-vous, allez au **guichet unique pour demandeur d'asile (GUDA)**, à la préfecture.

Sur place :
1. La préfecture prend vos **empreintes** et enregistre votre demande.
2. Elle vous remet une **attestation de demande d'asile** et le formulaire OFPRA.
3. L'OFII vous propose un hébergement et l'allocation pour demandeur d'asile (ADA).

> [!IMPORTANT]
> Gardez toujours votre attestation sur vous.`,
};

export const fiche: SeedFiche = {
  slug: 'demander-l-asile',
  publishedDaysAgo: 12,
  content: {
    type: 'demarche',
    title: "Demander l'asile en France : SPADA, guichet unique (GUDA) et dossier OFPRA",
    summary: "Les premières étapes pour demander la protection de la France, de l'arrivée au dossier OFPRA.",
    administration: 'Préfecture (guichet unique) et OFII',
    mainTheme: 'demarches-administratives',
    secondaryThemes: ['logement'],
    needs: ['demander-l-asile', 'hebergement-d-urgence'],
    eligibility: {
      legalStatus: ['asylum_seeker'],
      public: ['all'],
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
        title: "Demander l'asile, c'est quoi ?",
        body: `Vous avez fui votre pays parce que vous y êtes en danger ? Vous pouvez demander la **protection de la France**.

La demande se fait en plusieurs étapes :
- l'enregistrement au **guichet unique** (GUDA) de la préfecture ;
- l'envoi d'un dossier à l'**OFPRA** ;
- un entretien à l'OFPRA, puis une décision.

La demande d'asile est **gratuite**. Personne ne doit vous faire payer pour ces démarches.

> [!IMPORTANT]
> Faites votre demande **dans les 90 jours** après votre arrivée en France. Après ce délai, la procédure est plus rapide et vos droits peuvent être réduits.`,
      },
      why: [],
      how: [
        {
          id: 'how-spada',
          title: 'Aller à la SPADA (premier accueil)',
          body: `Allez d'abord dans une **SPADA** (structure de premier accueil des demandeurs d'asile). Elle est gérée par une association pour l'OFII.

À la SPADA, on vous aide à :
- remplir le formulaire d'enregistrement ;
- prendre un rendez-vous au guichet unique ;
- avoir une adresse pour recevoir votre courrier (domiciliation).

> [!INFO]
> En Île-de-France, il faut d'abord appeler la **plateforme téléphonique de l'OFII**. Dans certains départements, un « pôle France Asile » regroupe toutes les étapes au même endroit.`,
        },
        {
          id: 'how-guda',
          title: 'Se présenter au guichet unique (GUDA)',
          body: `Le jour du rendez-vous, allez au **guichet unique pour demandeur d'asile (GUDA)**, à la préfecture.

Sur place :
1. La préfecture prend vos **empreintes** et enregistre votre demande.
2. Elle vous remet une **attestation de demande d'asile** et le formulaire OFPRA.
3. L'OFII vous reçoit pour parler de votre situation (santé, famille) et vous proposer un hébergement et l'allocation pour demandeur d'asile (ADA).

> [!IMPORTANT]
> Gardez toujours votre attestation sur vous. Renouvelez-la à la préfecture **avant** sa date de fin.`,
        },
        {
          id: 'how-ofpra',
          title: "Envoyer le dossier à l'OFPRA en 21 jours",
          body: `Vous avez **21 jours** après le guichet unique pour envoyer le formulaire à l'OFPRA.

Dans le dossier :
- le formulaire rempli **en français** et signé ;
- deux photos d'identité ;
- une copie de votre attestation de demande d'asile ;
- votre passeport ou vos papiers d'identité, si vous les avez.

Racontez votre histoire avec précision : dates, lieux, raisons de votre départ. Une association peut vous aider à écrire ce récit. Plus d'informations sur [le site de l'OFPRA](https://www.ofpra.gouv.fr).`,
        },
      ],
      next: [
        {
          id: 'next-entretien',
          title: "Après l'envoi du dossier",
          body: `L'OFPRA vous envoie une lettre pour confirmer qu'il a bien reçu votre dossier. Ensuite, il vous **convoque à un entretien**.

Surveillez votre courrier et votre **espace personnel en ligne** de l'OFPRA : vous y recevez les convocations et la décision.

Si un autre pays européen est responsable de votre demande (procédure « Dublin »), la préfecture vous le dit. Demandez alors de l'aide à une association ou à un avocat. Plus d'informations sur [service-public.fr](https://www.service-public.fr).`,
        },
      ],
    },
    places: [
      {
        id: 'spada-exemple',
        name: "SPADA – accueil des demandeurs d'asile (adresse d'exemple)",
        address: { street: "10 rue de l'Accueil", postalCode: '69007', city: 'Lyon' },
        openingHours: 'Du lundi au vendredi, 9 h – 12 h 30',
        coordinates: { lat: 45.7485, lng: 4.8467 },
      },
    ],
    contacts: [],
    externalLink: { url: 'https://www.ofpra.gouv.fr', label: 'OFPRA – site officiel' },
  },
  translations: {
    en: {
      header: {
        title: 'Applying for asylum in France: SPADA, the one-stop desk (GUDA) and the OFPRA file',
        body: 'The first steps to ask France for protection, from arrival to the OFPRA file.',
      },
      what: {
        title: 'What is an asylum application?',
        body: `Did you flee your country because you are in danger there? You can ask for **France's protection**.

The application has several steps:
- registration at the prefecture's **one-stop desk** (GUDA);
- sending a file to **OFPRA**;
- an interview at OFPRA, then a decision.

Applying for asylum is **free**. Nobody should make you pay for these steps.

> [!IMPORTANT]
> Apply **within 90 days** of arriving in France. After that, the procedure is faster and your rights may be reduced.`,
      },
      'how-spada': {
        title: 'Go to the SPADA (first reception)',
        body: `First go to a **SPADA** (first reception centre for asylum seekers). It is run by an association on behalf of OFII.

At the SPADA, staff help you to:
- fill in the registration form;
- get an appointment at the one-stop desk;
- get an address where you can receive mail (domiciliation).

> [!INFO]
> In the Île-de-France region, you must first call the **OFII telephone platform**. In some départements, a "France Asile hub" brings all the steps together in one place.`,
      },
      'how-guda': {
        title: 'Go to the one-stop desk (GUDA)',
        body: `On the day of your appointment, go to the **one-stop desk for asylum seekers (GUDA)** at the prefecture.

There:
1. The prefecture takes your **fingerprints** and registers your application.
2. It gives you an **asylum application certificate** and the OFPRA form.
3. OFII meets you to talk about your situation (health, family) and offers you accommodation and the asylum seeker's allowance (ADA).

> [!IMPORTANT]
> Always carry your certificate with you. Renew it at the prefecture **before** it expires.`,
      },
      'how-ofpra': {
        title: 'Send your file to OFPRA within 21 days',
        body: `You have **21 days** after the one-stop desk to send the form to OFPRA.

In the file:
- the form, filled in **in French** and signed;
- two ID photos;
- a copy of your asylum application certificate;
- your passport or identity documents, if you have them.

Tell your story precisely: dates, places, the reasons you left. An association can help you write it. More information on [the OFPRA website](https://www.ofpra.gouv.fr).`,
      },
      'next-entretien': {
        title: 'After you send your file',
        body: `OFPRA sends you a letter confirming that it has received your file. It then **invites you to an interview**.

Check your mail and your OFPRA **online personal space**: that is where you receive invitations and the decision.

If another European country is responsible for your application (the "Dublin" procedure), the prefecture will tell you. Ask an association or a lawyer for help. More information on [service-public.fr](https://www.service-public.fr).`,
      },
    },
    ar: {
      header: {
        title: 'طلب اللجوء في فرنسا: SPADA، والشباك الموحّد (GUDA)، وملف OFPRA',
        body: 'الخطوات الأولى لطلب حماية فرنسا، من الوصول حتى إرسال ملف OFPRA.',
      },
      what: {
        title: 'ما هو طلب اللجوء؟',
        body: `هل هربت من بلدك لأنك في خطر هناك؟ يمكنك أن تطلب **حماية فرنسا**.

يمرّ الطلب بعدّة مراحل:
- التسجيل في **الشباك الموحّد** (GUDA) في المحافظة (préfecture)؛
- إرسال ملف إلى **OFPRA**؛
- مقابلة في OFPRA، ثم قرار.

طلب اللجوء **مجاني**. لا يحقّ لأي شخص أن يطلب منك مالًا مقابل هذه الإجراءات.

> [!IMPORTANT]
> قدّم طلبك **خلال 90 يومًا** من وصولك إلى فرنسا. بعد هذه المدة، تصبح الإجراءات أسرع وقد تُقلَّص حقوقك.`,
      },
      'how-spada': {
        title: 'التوجّه إلى SPADA (الاستقبال الأول)',
        body: `اذهب أولًا إلى **SPADA** (مركز الاستقبال الأول لطالبي اللجوء). تديره جمعية لحساب OFII.

في SPADA يساعدونك على:
- ملء استمارة التسجيل؛
- أخذ موعد في الشباك الموحّد؛
- الحصول على عنوان لاستلام بريدك (domiciliation).

> [!INFO]
> في منطقة إيل دو فرانس، يجب أولًا الاتصال **بالمنصة الهاتفية لـ OFII**. في بعض المقاطعات، يجمع «قطب فرنسا للجوء» (pôle France Asile) كل المراحل في مكان واحد.`,
      },
      'how-guda': {
        title: 'الحضور إلى الشباك الموحّد (GUDA)',
        body: `في يوم الموعد، اذهب إلى **الشباك الموحّد لطالبي اللجوء (GUDA)** في المحافظة.

هناك:
1. تأخذ المحافظة **بصماتك** وتسجّل طلبك.
2. تعطيك **شهادة طلب اللجوء** واستمارة OFPRA.
3. يستقبلك OFII للحديث عن وضعك (الصحة، العائلة) ويقترح عليك سكنًا ومنحة طالب اللجوء (ADA).

> [!IMPORTANT]
> احمل شهادتك معك دائمًا. جدّدها في المحافظة **قبل** تاريخ انتهائها.`,
      },
      'how-ofpra': {
        title: 'إرسال الملف إلى OFPRA خلال 21 يومًا',
        body: `لديك **21 يومًا** بعد الشباك الموحّد لإرسال الاستمارة إلى OFPRA.

في الملف:
- الاستمارة مملوءة **باللغة الفرنسية** وموقّعة؛
- صورتان شخصيتان؛
- نسخة من شهادة طلب اللجوء؛
- جواز سفرك أو وثائق هويتك إن كانت لديك.

احكِ قصتك بدقة: التواريخ والأماكن وأسباب مغادرتك. يمكن لجمعية أن تساعدك في كتابتها. مزيد من المعلومات على [موقع OFPRA](https://www.ofpra.gouv.fr).`,
      },
      'next-entretien': {
        title: 'بعد إرسال الملف',
        body: `يرسل لك OFPRA رسالة تؤكّد أنه استلم ملفك. ثم **يستدعيك إلى مقابلة**.

راقب بريدك و**فضاءك الشخصي على الإنترنت** في OFPRA: هناك تصلك الاستدعاءات والقرار.

إذا كانت دولة أوروبية أخرى مسؤولة عن طلبك (إجراء «دبلن»)، ستخبرك المحافظة بذلك. اطلب عندها المساعدة من جمعية أو محامٍ. مزيد من المعلومات على [service-public.fr](https://www.service-public.fr).`,
      },
    },
    ps: {
      header: {
        title: 'په فرانسه کې د پناه غوښتنه: SPADA، یوځایی دفتر (GUDA) او د OFPRA دوسیه',
        body: 'د فرانسې د ساتنې غوښتلو لومړني ګامونه، له رارسېدو څخه د OFPRA تر دوسیې پورې.',
      },
      what: {
        title: 'د پناه غوښتنه څه ده؟',
        body: `ایا تاسو له خپل هېواده تښتېدلي یاست ځکه چې هلته په خطر کې یاست؟ تاسو کولای شئ د **فرانسې ساتنه** وغواړئ.

غوښتنه څو پړاوونه لري:
- د ولایت (préfecture) په **یوځایي دفتر** (GUDA) کې ثبت؛
- **OFPRA** ته د دوسیې لېږل؛
- په OFPRA کې مرکه، بیا پرېکړه.

د پناه غوښتنه **وړیا** ده. هېڅوک باید تاسو د دې کارونو لپاره پیسې ورکولو ته اړ نه کړي.

> [!IMPORTANT]
> خپله غوښتنه فرانسې ته د رارسېدو **په ۹۰ ورځو کې** وکړئ. له دې وروسته، کړنلاره ګړندۍ کېږي او ستاسو حقونه کېدای شي کم شي.`,
      },
      'how-guda': {
        title: 'یوځایي دفتر (GUDA) ته ورتلل',
        body: `د ملاقات په ورځ، د ولایت (préfecture) **د پناه غوښتونکو یوځایي دفتر (GUDA)** ته ورشئ.

هلته:
1. ولایت ستاسو **د ګوتو نښې** اخلي او غوښتنه مو ثبتوي.
2. تاسو ته **د پناه غوښتنې تصدیق پاڼه** او د OFPRA فورمه درکوي.
3. OFII تاسو ته استوګنځی او د پناه غوښتونکي مرسته (ADA) وړاندې کوي.

> [!IMPORTANT]
> خپله تصدیق پاڼه تل له ځان سره ولرئ.`,
        outdatedFrom: howGudaOld,
      },
    },
    fa: {
      header: {
        title: 'درخواست پناهندگی در فرانسه: SPADA، دفتر واحد (GUDA) و پرونده OFPRA',
        body: 'نخستین قدم‌ها برای درخواست حمایت فرانسه، از رسیدن تا فرستادن پرونده به OFPRA.',
      },
      what: {
        title: 'درخواست پناهندگی چیست؟',
        body: `آیا از کشور خود فرار کرده‌اید چون در آنجا در خطر هستید؟ شما می‌توانید **حمایت فرانسه** را درخواست کنید.

درخواست چند مرحله دارد:
- ثبت نام در **دفتر واحد** (GUDA) در ولایت (préfecture)؛
- فرستادن پرونده به **OFPRA**؛
- مصاحبه در OFPRA و بعد تصمیم.

درخواست پناهندگی **رایگان** است. هیچ کس نباید برای این کارها از شما پول بگیرد.

> [!IMPORTANT]
> درخواست خود را **در ۹۰ روز** پس از رسیدن به فرانسه ثبت کنید. پس از این مدت، روند سریع‌تر می‌شود و ممکن است حقوق شما کم شود.`,
      },
      'how-ofpra': {
        title: 'فرستادن پرونده به OFPRA در ۲۱ روز',
        body: `پس از دفتر واحد، **۲۱ روز** وقت دارید تا فورم را به OFPRA بفرستید.

در پرونده:
- فورم پر شده **به زبان فرانسوی** و امضا شده؛
- دو قطعه عکس؛
- یک کاپی از تصدیق درخواست پناهندگی؛
- پاسپورت یا اسناد هویت شما، اگر دارید.

داستان خود را دقیق بنویسید: تاریخ‌ها، جاها، دلیل‌های ترک کشور. یک انجمن می‌تواند در نوشتن آن به شما کمک کند. معلومات بیشتر در [سایت OFPRA](https://www.ofpra.gouv.fr).`,
      },
    },
    ru: {
      header: {
        title: 'Просить убежища во Франции: SPADA, единое окно (GUDA) и досье для OFPRA',
        body: 'Первые шаги, чтобы попросить защиты Франции: от прибытия до досье для OFPRA.',
      },
      what: {
        title: 'Что такое просьба об убежище?',
        body: `Вы бежали из своей страны, потому что там вам грозит опасность? Вы можете попросить **защиты Франции**.

Процедура состоит из нескольких этапов:
- регистрация в **едином окне** (GUDA) префектуры;
- отправка досье в **OFPRA**;
- собеседование в OFPRA, затем решение.

Просьба об убежище **бесплатна**. Никто не должен брать с вас деньги за эти шаги.

> [!IMPORTANT]
> Подайте просьбу **в течение 90 дней** после приезда во Францию. После этого срока процедура идёт быстрее, а ваши права могут быть урезаны.`,
      },
      'how-spada': {
        title: 'Обратиться в SPADA (первичный приём)',
        body: `Сначала обратитесь в **SPADA** (структуру первичного приёма просителей убежища). Ею управляет ассоциация по поручению OFII.

В SPADA вам помогут:
- заполнить регистрационную анкету;
- записаться на приём в единое окно;
- получить адрес для почты (domiciliation).

> [!INFO]
> В регионе Иль-де-Франс сначала нужно позвонить на **телефонную платформу OFII**. В некоторых департаментах «центр France Asile» объединяет все этапы в одном месте.`,
      },
    },
    ti: {
      header: {
        title: 'ኣብ ፈረንሳ ዑቕባ ምሕታት፡ SPADA፡ ሓደ መእተዊ ቤት ጽሕፈት (GUDA)ን ፋይል OFPRAን',
        body: 'ሓለዋ ፈረንሳ ንምሕታት ዝግበሩ ቀዳሞት ስጉምትታት፡ ካብ ምብጻሕ ክሳብ ፋይል OFPRA።',
      },
      what: {
        title: 'ዑቕባ ምሕታት እንታይ እዩ፧',
        body: `ኣብ ሃገርኩም ሓደጋ ስለ ዘጋጠመኩም ሃዲምኩም ዶ፧ **ሓለዋ ፈረንሳ** ክትሓቱ ትኽእሉ ኢኹም።

እቲ ሕቶ ብዙሕ ደረጃታት ኣለዎ፦
- ኣብ **ሓደ መእተዊ ቤት ጽሕፈት** (GUDA) ናይ ፕረፌክቱር ምምዝጋብ፤
- ናብ **OFPRA** ፋይል ምልኣኽ፤
- ኣብ OFPRA ቃለ-መሕትት፡ ድሕሪኡ ውሳነ።

ዑቕባ ምሕታት **ብናጻ** እዩ። ዝኾነ ሰብ ነዚ መስርሕ ገንዘብ ክሓተኩም የብሉን።

> [!IMPORTANT]
> ናብ ፈረንሳ ምስ በጻሕኩም **ኣብ ውሽጢ 90 መዓልቲ** ሕቶኹም ኣቕርቡ። ድሕሪ እዚ ግዜ፡ መስርሑ ይቀላጠፍ፡ መሰላትኩም ድማ ክጎድል ይኽእል።`,
      },
    },
  },
};
