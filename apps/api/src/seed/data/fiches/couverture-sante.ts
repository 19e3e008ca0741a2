import type { SeedFiche } from '../types.js';

/** The step as it was written before the CPAM started accepting both forms in a single file. */
const howDemandeOld = {
  title: 'Faire la demande à la CPAM',
  body: `1. Remplissez le formulaire de demande d'ouverture des droits, puis celui de la **Complémentaire santé solidaire**.
2. Déposez votre dossier à l'accueil de la **CPAM** de votre département.

Vous pouvez appeler le **3646** ou consulter [ameli.fr](https://www.ameli.fr). Un travailleur social peut aussi vous aider.`,
};

export const fiche: SeedFiche = {
  slug: 'couverture-sante',
  publishedDaysAgo: 8,
  content: {
    type: 'demarche',
    title: "Avoir une couverture santé : l'Assurance Maladie (PUMa) et la Complémentaire santé solidaire",
    summary:
      "Faire rembourser vos soins par l'Assurance Maladie et obtenir la Complémentaire santé solidaire.",
    administration: 'Assurance Maladie (CPAM)',
    mainTheme: 'sante',
    secondaryThemes: ['argent-droits-sociaux'],
    needs: ['couverture-sante', 'se-soigner'],
    eligibility: {
      legalStatus: ['asylum_seeker', 'refugee', 'subsidiary_protection', 'temporary_protection', 'stateless'],
      public: ['all'],
      age: 'not_applicable',
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: ['address_or_domiciliation'],
      location: { kind: 'nationwide' },
      commitment: 'not_applicable',
    },
    sections: {
      what: {
        id: 'what',
        title: "La couverture santé, c'est quoi ?",
        body: `En France, l'**Assurance Maladie** rembourse une grande partie de vos soins : médecin, hôpital, médicaments. C'est la **protection universelle maladie (PUMa)**.

La **Complémentaire santé solidaire (CSS)** paie le reste si vos revenus sont faibles. Avec la PUMa et la CSS, vous n'avancez en général **pas d'argent** chez le médecin ou à la pharmacie.

> [!INFO]
> Les demandeurs d'asile adultes doivent en général attendre **3 mois** de présence en France avant d'avoir la PUMa. Les enfants y ont droit tout de suite. En cas d'urgence, allez à l'hôpital.`,
      },
      why: [],
      how: [
        {
          id: 'how-dossier',
          title: 'Préparer votre dossier',
          body: `Rassemblez ces documents :
- votre **pièce d'identité**, attestation de demande d'asile ou titre de séjour ;
- un justificatif d'adresse ou de **domiciliation** ;
- un acte de naissance, si vous l'avez ;
- un **RIB** (relevé d'identité bancaire), si vous avez un compte ;
- vos revenus des 12 derniers mois, pour la CSS.

Vous n'avez pas d'acte de naissance ? Ne restez pas bloqué : demandez conseil à la CPAM ou à une association.`,
        },
        {
          id: 'how-demande',
          title: 'Faire la demande à la CPAM',
          body: `1. Remplissez le formulaire de demande d'ouverture des droits et celui de la **Complémentaire santé solidaire**. Vous pouvez faire les deux en même temps.
2. Déposez ou envoyez votre dossier à la **CPAM** de votre département.
3. Gardez une copie de tout.

Vous pouvez appeler le **3646** (service gratuit + prix d'un appel) ou consulter [ameli.fr](https://www.ameli.fr). Un travailleur social peut aussi envoyer le dossier avec vous.`,
        },
        {
          id: 'how-medecin',
          title: 'Choisir un médecin traitant',
          body: `Quand vos droits sont ouverts, choisissez un **médecin traitant**. C'est le médecin que vous voyez en premier quand vous êtes malade.

Demandez-lui s'il accepte d'être votre médecin traitant. Il remplit la déclaration avec vous. Ainsi, vos soins sont **mieux remboursés**.

> [!IMPORTANT]
> Avec la CSS, le médecin ne doit pas vous demander de dépassement d'honoraires. Montrez toujours votre attestation ou votre carte Vitale.`,
        },
      ],
      next: [
        {
          id: 'next-carte-vitale',
          title: 'Votre attestation et votre carte Vitale',
          body: `La CPAM vous envoie une **attestation de droits**. Montrez-la chez le médecin, à la pharmacie et à l'hôpital. Ensuite, vous pouvez recevoir une **carte Vitale**.

Créez votre **compte ameli** pour suivre vos remboursements et télécharger vos attestations.

La CSS est accordée pour **un an**. Pensez à la renouveler **2 mois avant** la fin. Plus d'informations sur [ameli.fr](https://www.ameli.fr).`,
        },
      ],
    },
    places: [],
    contacts: [
      { id: 'assurance-maladie', name: 'Assurance Maladie', role: 'Questions sur vos droits', phone: '3646' },
    ],
    externalLink: { url: 'https://www.ameli.fr', label: 'ameli.fr – Assurance Maladie' },
  },
  translations: {
    en: {
      header: {
        title:
          'Getting health cover: National Health Insurance (PUMa) and the Complémentaire santé solidaire',
        body: 'Get your healthcare paid for by National Health Insurance and obtain the Complémentaire santé solidaire.',
      },
      what: {
        title: 'What is health cover?',
        body: `In France, **National Health Insurance** (Assurance Maladie) pays back a large part of your healthcare costs: doctor, hospital, medicines. This is **universal health protection (PUMa)**.

The **Complémentaire santé solidaire (CSS)** pays the rest if your income is low. With PUMa and the CSS, you usually **pay nothing upfront** at the doctor's or the pharmacy.

> [!INFO]
> Adult asylum seekers usually have to wait **3 months** in France before getting PUMa. Children are covered straight away. In an emergency, go to the hospital.`,
      },
      'how-dossier': {
        title: 'Prepare your file',
        body: `Gather these documents:
- your **identity document**, asylum application certificate or residence permit;
- proof of address or **domiciliation**;
- a birth certificate, if you have one;
- your **RIB** (bank details), if you have an account;
- your income over the last 12 months, for the CSS.

No birth certificate? Do not give up: ask the CPAM or an association for advice.`,
      },
      'how-demande': {
        title: 'Apply to the CPAM',
        body: `1. Fill in the application form for health insurance and the **Complémentaire santé solidaire** form. You can do both at the same time.
2. Drop off or post your file to the **CPAM** (local health insurance office) of your département.
3. Keep a copy of everything.

You can call **3646** (free service + cost of a call) or visit [ameli.fr](https://www.ameli.fr). A social worker can also send the file with you.`,
      },
      'how-medecin': {
        title: 'Choose a regular doctor',
        body: `Once your rights are open, choose a **regular doctor** (médecin traitant). This is the doctor you see first when you are ill.

Ask the doctor whether they agree to be your regular doctor. They fill in the form with you. Your care is then **better reimbursed**.

> [!IMPORTANT]
> With the CSS, the doctor must not charge you extra fees. Always show your certificate or your carte Vitale.`,
      },
      'next-carte-vitale': {
        title: 'Your certificate and your carte Vitale',
        body: `The CPAM sends you a **certificate of rights** (attestation de droits). Show it at the doctor's, the pharmacy and the hospital. Later, you can receive a **carte Vitale** (health insurance card).

Create your **ameli account** to follow your reimbursements and download your certificates.

The CSS is granted for **one year**. Remember to renew it **2 months before** it ends. More information on [ameli.fr](https://www.ameli.fr).`,
      },
    },
    ar: {
      header: {
        title: 'الحصول على تغطية صحية: التأمين الصحي (PUMa) والتغطية التكميلية التضامنية',
        body: 'استرداد مصاريف العلاج من التأمين الصحي والحصول على التغطية التكميلية التضامنية (CSS).',
      },
      what: {
        title: 'ما هي التغطية الصحية؟',
        body: `في فرنسا، يسدّد **التأمين الصحي** (Assurance Maladie) جزءًا كبيرًا من مصاريف علاجك: الطبيب، المستشفى، الأدوية. هذه هي **الحماية الصحية الشاملة (PUMa)**.

تدفع **التغطية التكميلية التضامنية (CSS)** الباقي إذا كانت مداخيلك ضعيفة. مع PUMa وCSS، **لا تدفع مالًا مسبقًا** عادةً عند الطبيب أو في الصيدلية.

> [!INFO]
> على طالبي اللجوء البالغين عادةً انتظار **3 أشهر** من الإقامة في فرنسا قبل الحصول على PUMa. للأطفال الحق فيها فورًا. في حالة الطوارئ، اذهب إلى المستشفى.`,
      },
      'how-dossier': {
        title: 'تحضير ملفك',
        body: `اجمع هذه الوثائق:
- **وثيقة هويتك** أو شهادة طلب اللجوء أو بطاقة الإقامة؛
- إثبات العنوان أو **عنوان المراسلة** (domiciliation)؛
- شهادة الميلاد، إن كانت لديك؛
- **RIB** (بيانات الحساب البنكي)، إن كان لديك حساب؛
- مداخيلك خلال آخر 12 شهرًا، من أجل CSS.

ليست لديك شهادة ميلاد؟ لا تتوقّف هنا: اطلب النصيحة من CPAM أو من جمعية.`,
      },
      'how-demande': {
        title: 'تقديم الطلب إلى CPAM',
        body: `1. املأ استمارة فتح الحقوق، ثم استمارة **التغطية التكميلية التضامنية**.
2. سلّم ملفك في مكتب استقبال **CPAM** (صندوق التأمين الصحي) في مقاطعتك.

يمكنك الاتصال بالرقم **3646** أو زيارة [ameli.fr](https://www.ameli.fr). يمكن لمساعد اجتماعي أيضًا أن يساعدك.`,
        outdatedFrom: howDemandeOld,
      },
      'how-medecin': {
        title: 'اختيار طبيب معالج',
        body: `عندما تُفتح حقوقك، اختر **طبيبًا معالجًا** (médecin traitant). هو الطبيب الذي تزوره أولًا عندما تمرض.

اسأله إن كان يقبل أن يكون طبيبك المعالج. يملأ التصريح معك. هكذا **يُسترَدّ** جزء أكبر من مصاريف علاجك.

> [!IMPORTANT]
> مع CSS، لا يحقّ للطبيب أن يطلب منك أتعابًا إضافية. أظهر دائمًا شهادتك أو بطاقة Vitale.`,
      },
      'next-carte-vitale': {
        title: 'شهادتك وبطاقة Vitale',
        body: `ترسل لك CPAM **شهادة الحقوق** (attestation de droits). أظهرها عند الطبيب وفي الصيدلية وفي المستشفى. بعد ذلك، يمكن أن تحصل على **بطاقة Vitale**.

أنشئ **حسابك على ameli** لمتابعة استرداد المصاريف وتحميل شهاداتك.

تُمنح CSS لمدة **سنة واحدة**. تذكّر أن تجدّدها **قبل شهرين** من نهايتها. مزيد من المعلومات على [ameli.fr](https://www.ameli.fr).`,
      },
    },
    ru: {
      header: {
        title: 'Медицинская страховка: государственное страхование (PUMa) и Complémentaire santé solidaire',
        body: 'Как получить возмещение расходов на лечение от Assurance Maladie и оформить Complémentaire santé solidaire.',
      },
      what: {
        title: 'Что такое медицинская страховка?',
        body: `Во Франции **государственное медицинское страхование** (Assurance Maladie) возмещает большую часть расходов на лечение: врач, больница, лекарства. Это **всеобщая защита на случай болезни (PUMa)**.

**Complémentaire santé solidaire (CSS)** оплачивает остальное, если у вас низкий доход. С PUMa и CSS вам обычно **не нужно платить заранее** у врача или в аптеке.

> [!INFO]
> Взрослые просители убежища обычно должны прожить во Франции **3 месяца**, прежде чем получить PUMa. Дети имеют право на неё сразу. В экстренном случае идите в больницу.`,
      },
      'how-demande': {
        title: 'Подать заявление в CPAM',
        body: `1. Заполните заявление на открытие прав, затем заявление на **Complémentaire santé solidaire**.
2. Сдайте документы в приёмной **CPAM** (местной кассы медицинского страхования) вашего департамента.

Вы можете позвонить по номеру **3646** или зайти на [ameli.fr](https://www.ameli.fr). Социальный работник тоже может вам помочь.`,
        outdatedFrom: howDemandeOld,
      },
    },
    uk: {
      header: {
        title: 'Медичне страхування: державне страхування (PUMa) і Complémentaire santé solidaire',
        body: 'Як отримати відшкодування витрат на лікування від Assurance Maladie і оформити Complémentaire santé solidaire.',
      },
      what: {
        title: 'Що таке медичне страхування?',
        body: `У Франції **державне медичне страхування** (Assurance Maladie) відшкодовує більшу частину витрат на лікування: лікар, лікарня, ліки. Це **універсальний медичний захист (PUMa)**.

**Complémentaire santé solidaire (CSS)** сплачує решту, якщо у вас низький дохід. З PUMa і CSS вам зазвичай **не потрібно платити наперед** у лікаря чи в аптеці.

> [!INFO]
> Дорослі шукачі притулку зазвичай мають прожити у Франції **3 місяці**, перш ніж отримати PUMa. Діти мають на неї право одразу. У надзвичайній ситуації йдіть до лікарні.`,
      },
      'how-medecin': {
        title: 'Обрати сімейного лікаря',
        body: `Коли ваші права відкриті, оберіть **лікаря, що лікує** (médecin traitant). Це лікар, до якого ви звертаєтеся першим, коли хворієте.

Запитайте, чи погоджується він бути вашим лікарем. Він заповнює декларацію разом із вами. Так ваше лікування **краще відшкодовується**.

> [!IMPORTANT]
> З CSS лікар не має права брати з вас додаткову плату. Завжди показуйте свою довідку або картку Vitale.`,
      },
      'next-carte-vitale': {
        title: 'Ваша довідка і картка Vitale',
        body: `CPAM надсилає вам **довідку про права** (attestation de droits). Показуйте її у лікаря, в аптеці та в лікарні. Згодом ви можете отримати **картку Vitale**.

Створіть **акаунт ameli**, щоб стежити за відшкодуваннями і завантажувати довідки.

CSS надається на **один рік**. Не забудьте поновити її **за 2 місяці** до закінчення. Більше інформації на [ameli.fr](https://www.ameli.fr).`,
      },
    },
  },
};
