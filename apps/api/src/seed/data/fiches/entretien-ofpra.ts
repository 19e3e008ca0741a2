import type { SeedFiche } from '../types.js';

const howPreparerOld = {
  title: "Préparer l'entretien",
  body: `Quand vous recevez la **convocation**, notez bien la date, l'heure et l'adresse.

Pour vous préparer :
- relisez le récit que vous avez envoyé avec votre dossier ;
- retrouvez les dates et les lieux importants ;
- rassemblez vos preuves (documents, photos).

Vous pouvez venir avec un **avocat** ou une personne d'une association habilitée.`,
};

export const fiche: SeedFiche = {
  slug: 'entretien-ofpra',
  publishedDaysAgo: 40,
  content: {
    type: 'demarche',
    title: "Passer l'entretien à l'OFPRA : se préparer et savoir comment il se déroule",
    summary: "Comment vous préparer à l'entretien personnel à l'OFPRA et ce qui se passe ce jour-là.",
    administration: 'OFPRA (Office français de protection des réfugiés et apatrides)',
    mainTheme: 'demarches-administratives',
    secondaryThemes: ['aide-juridique'],
    needs: ['demander-l-asile', 'conseil-juridique-gratuit'],
    eligibility: {
      legalStatus: ['asylum_seeker'],
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
        title: "L'entretien à l'OFPRA, c'est quoi ?",
        body: `L'**entretien personnel** est le moment le plus important de votre demande d'asile. Un officier de protection de l'OFPRA vous pose des questions sur votre histoire et sur vos craintes en cas de retour.

L'entretien dure souvent **deux à trois heures**. Il se passe dans la langue que vous avez choisie, avec un **interprète payé par l'OFPRA**.

Tout ce que vous dites reste **confidentiel** : l'OFPRA ne contacte jamais les autorités de votre pays.`,
      },
      why: [],
      how: [
        {
          id: 'how-preparer',
          title: "Préparer l'entretien",
          body: `Quand vous recevez la **convocation**, notez bien la date, l'heure et l'adresse.

Pour vous préparer :
- relisez le récit que vous avez envoyé avec votre dossier ;
- retrouvez les dates et les lieux importants ;
- rassemblez vos preuves (documents, photos, certificats médicaux).

Vous pouvez venir avec un **avocat** ou une personne d'une association habilitée.

> [!INFO]
> Vous pouvez demander un officier et un interprète **du sexe de votre choix**. Faites-le le plus tôt possible.`,
        },
        {
          id: 'how-jour',
          title: "Le jour de l'entretien",
          body: `Arrivez **en avance** avec :
1. votre convocation ;
2. votre attestation de demande d'asile ;
3. vos documents originaux et vos preuves.

Pendant l'entretien, répondez avec vos mots, simplement. Si vous ne comprenez pas une question ou l'interprète, **dites-le tout de suite**.

> [!IMPORTANT]
> Si vous ne pouvez pas venir (maladie, hospitalisation), prévenez l'OFPRA **avant** la date et envoyez un justificatif. Une absence sans raison peut entraîner un refus.`,
        },
        {
          id: 'how-compte-rendu',
          title: 'Relire le compte rendu',
          body: `À la fin, l'officier vous demande si vous voulez ajouter quelque chose. Prenez ce temps.

Vous pouvez demander une **copie du compte rendu** de l'entretien (la transcription). Relisez-la avec votre avocat ou votre association.

Si vous voyez une erreur ou un oubli, vous pouvez envoyer des **observations écrites** à l'OFPRA avant sa décision. Faites-le vite : l'OFPRA peut décider quelques semaines après l'entretien.`,
        },
      ],
      next: [
        {
          id: 'next-decision',
          title: "La décision de l'OFPRA",
          body: `L'OFPRA vous envoie sa décision par courrier ou dans votre espace personnel. Il y a trois réponses possibles :
- le **statut de réfugié** ;
- la **protection subsidiaire** ;
- un **refus**.

Si vous êtes protégé, vous demandez ensuite votre titre de séjour à la préfecture. En cas de refus, vous avez **un mois** pour faire un recours devant la CNDA. Plus d'informations sur [le site de l'OFPRA](https://www.ofpra.gouv.fr).`,
        },
      ],
    },
    places: [
      {
        id: 'ofpra',
        name: 'OFPRA – siège',
        address: { street: '201 rue Carnot', postalCode: '94120', city: 'Fontenay-sous-Bois' },
        openingHours: 'Uniquement sur convocation',
        coordinates: { lat: 48.8513, lng: 2.483 },
      },
    ],
    contacts: [],
    externalLink: { url: 'https://www.ofpra.gouv.fr', label: 'OFPRA – site officiel' },
  },
  translations: {
    en: {
      header: {
        title: 'Your OFPRA interview: how to prepare and what happens on the day',
        body: 'How to prepare for your personal interview at OFPRA and what happens on that day.',
      },
      what: {
        title: 'What is the OFPRA interview?',
        body: `The **personal interview** is the most important moment of your asylum application. An OFPRA protection officer asks you about your story and about what you fear if you return.

The interview often lasts **two to three hours**. It takes place in the language you chose, with an **interpreter paid by OFPRA**.

Everything you say stays **confidential**: OFPRA never contacts the authorities of your country.`,
      },
      'how-preparer': {
        title: 'Prepare for the interview',
        body: `When you receive the **invitation letter**, write down the date, time and address.

To prepare:
- read again the story you sent with your file;
- find the important dates and places;
- gather your evidence (documents, photos, medical certificates).

You can come with a **lawyer** or someone from an approved association.

> [!INFO]
> You can ask for an officer and an interpreter **of the gender of your choice**. Do it as early as possible.`,
      },
      'how-jour': {
        title: 'On the day of the interview',
        body: `Arrive **early** with:
1. your invitation letter;
2. your asylum application certificate;
3. your original documents and your evidence.

During the interview, answer in your own words, simply. If you do not understand a question or the interpreter, **say so straight away**.

> [!IMPORTANT]
> If you cannot come (illness, hospital stay), tell OFPRA **before** the date and send proof. Missing the interview without a reason can lead to a refusal.`,
      },
      'how-compte-rendu': {
        title: 'Read the interview report',
        body: `At the end, the officer asks whether you want to add anything. Take that time.

You can ask for a **copy of the interview report** (the transcript). Read it with your lawyer or your association.

If you see a mistake or something missing, you can send **written comments** to OFPRA before it decides. Do it quickly: OFPRA may decide a few weeks after the interview.`,
      },
      'next-decision': {
        title: "OFPRA's decision",
        body: `OFPRA sends you its decision by post or in your personal space. There are three possible answers:
- **refugee status**;
- **subsidiary protection**;
- a **refusal**.

If you are protected, you then apply for your residence permit at the prefecture. If you are refused, you have **one month** to appeal to the CNDA (National Court of Asylum). More information on [the OFPRA website](https://www.ofpra.gouv.fr).`,
      },
    },
    ar: {
      header: {
        title: 'مقابلتك في OFPRA: كيف تستعدّ لها وكيف تجري',
        body: 'كيف تستعدّ للمقابلة الشخصية في OFPRA وما الذي يحدث في ذلك اليوم.',
      },
      what: {
        title: 'ما هي المقابلة في OFPRA؟',
        body: `**المقابلة الشخصية** هي أهمّ لحظة في طلب لجوئك. يطرح عليك موظّف حماية في OFPRA أسئلة عن قصتك وعمّا تخشاه إذا عدت إلى بلدك.

تستمرّ المقابلة غالبًا **ساعتين إلى ثلاث ساعات**. تجري باللغة التي اخترتها، مع **مترجم يدفع OFPRA أجره**.

كل ما تقوله يبقى **سرّيًا**: لا يتّصل OFPRA أبدًا بسلطات بلدك.`,
      },
      'how-preparer': {
        title: 'الاستعداد للمقابلة',
        body: `عندما تصلك **رسالة الاستدعاء**، سجّل جيدًا التاريخ والساعة والعنوان.

للاستعداد:
- أعد قراءة القصة التي أرسلتها مع ملفك؛
- تذكّر التواريخ والأماكن المهمّة؛
- اجمع أدلّتك (وثائق، صور، شهادات طبية).

يمكنك أن تأتي مع **محامٍ** أو مع شخص من جمعية معتمدة.

> [!INFO]
> يمكنك أن تطلب موظّفًا ومترجمًا **من الجنس الذي تختاره**. اطلب ذلك في أقرب وقت ممكن.`,
      },
      'how-jour': {
        title: 'يوم المقابلة',
        body: `احضر **مبكرًا** ومعك:
1. رسالة الاستدعاء؛
2. شهادة طلب اللجوء؛
3. وثائقك الأصلية وأدلّتك.

أثناء المقابلة، أجب بكلماتك وببساطة. إذا لم تفهم سؤالًا أو لم تفهم المترجم، **قل ذلك فورًا**.

> [!IMPORTANT]
> إذا لم تستطع الحضور (مرض، دخول المستشفى)، أخبر OFPRA **قبل** الموعد وأرسل إثباتًا. الغياب دون سبب قد يؤدي إلى الرفض.`,
      },
      'how-compte-rendu': {
        title: 'قراءة محضر المقابلة',
        body: `في النهاية، يسألك الموظّف إن كنت تريد إضافة شيء. خذ وقتك.

يمكنك طلب **نسخة من محضر** المقابلة (النص المكتوب). اقرأه مع محاميك أو جمعيتك.

إذا لاحظت خطأً أو شيئًا ناقصًا، يمكنك إرسال **ملاحظات مكتوبة** إلى OFPRA قبل أن يتّخذ قراره. افعل ذلك بسرعة: قد يتّخذ OFPRA قراره بعد أسابيع قليلة من المقابلة.`,
      },
      'next-decision': {
        title: 'قرار OFPRA',
        body: `يرسل لك OFPRA قراره بالبريد أو في فضائك الشخصي. هناك ثلاثة أجوبة ممكنة:
- **صفة اللاجئ**؛
- **الحماية الفرعية**؛
- **الرفض**.

إذا حصلت على الحماية، تطلب بعدها بطاقة إقامتك من المحافظة. في حال الرفض، لديك **شهر واحد** للطعن أمام CNDA (المحكمة الوطنية لحق اللجوء). مزيد من المعلومات على [موقع OFPRA](https://www.ofpra.gouv.fr).`,
      },
    },
    fa: {
      header: {
        title: 'مصاحبه در OFPRA: چگونه آماده شوید و روز مصاحبه چه می‌گذرد',
        body: 'چگونه برای مصاحبه شخصی در OFPRA آماده شوید و در آن روز چه اتفاق می‌افتد.',
      },
      what: {
        title: 'مصاحبه در OFPRA چیست؟',
        body: `**مصاحبه شخصی** مهم‌ترین لحظه درخواست پناهندگی شماست. یک افسر حمایت OFPRA درباره داستان شما و ترس‌های شما در صورت بازگشت سؤال می‌کند.

مصاحبه اغلب **دو تا سه ساعت** طول می‌کشد. به زبانی که انتخاب کرده‌اید و با **ترجمانی که OFPRA پول او را می‌پردازد** انجام می‌شود.

هر چه می‌گویید **محرمانه** می‌ماند: OFPRA هرگز با مقامات کشور شما تماس نمی‌گیرد.`,
      },
      'how-preparer': {
        title: 'آمادگی برای مصاحبه',
        body: `وقتی **نامه احضار** را دریافت می‌کنید، تاریخ، ساعت و آدرس را خوب یادداشت کنید.

برای آمادگی:
- داستانی را که با پرونده فرستاده‌اید دوباره بخوانید؛
- تاریخ‌ها و جاهای مهم را به یاد بیاورید؛
- مدارک خود را جمع کنید (اسناد، عکس‌ها).

می‌توانید با یک **وکیل** یا فردی از یک انجمن مجاز بیایید.`,
        outdatedFrom: howPreparerOld,
      },
      'next-decision': {
        title: 'تصمیم OFPRA',
        body: `OFPRA تصمیم خود را با پست یا در صفحه شخصی شما می‌فرستد. سه جواب ممکن است:
- **وضعیت پناهندگی**؛
- **حمایت فرعی**؛
- **رد درخواست**.

اگر حمایت بگیرید، بعد از آن کارت اقامت خود را از ولایت (préfecture) درخواست می‌کنید. در صورت رد، **یک ماه** وقت دارید تا به CNDA اعتراض کنید. معلومات بیشتر در [سایت OFPRA](https://www.ofpra.gouv.fr).`,
      },
    },
  },
};
