import type { SeedFiche } from '../types.js';

export const fiche: SeedFiche = {
  slug: 'ouvrir-un-compte-bancaire',
  publishedDaysAgo: 75,
  content: {
    type: 'demarche',
    title: 'Ouvrir un compte bancaire : votre droit au compte avec la Banque de France',
    summary: 'Une banque refuse de vous ouvrir un compte ? La Banque de France peut lui imposer de le faire.',
    administration: 'Banque de France',
    mainTheme: 'argent-droits-sociaux',
    secondaryThemes: [],
    needs: ['compte-bancaire'],
    eligibility: {
      legalStatus: ['asylum_seeker', 'refugee', 'subsidiary_protection', 'temporary_protection', 'stateless'],
      public: ['all'],
      age: { min: 18 },
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: ['address_or_domiciliation'],
      location: { kind: 'nationwide' },
      commitment: 'not_applicable',
    },
    sections: {
      what: {
        id: 'what',
        title: "Le droit au compte, c'est quoi ?",
        body: `Un **compte bancaire** sert à recevoir votre salaire ou vos allocations, et à payer par carte.

Toute personne qui habite en France a **droit à un compte**, même avec peu d'argent, même pendant la demande d'asile. Si une banque refuse, la **Banque de France** peut désigner une banque qui devra vous ouvrir un compte.

Ce compte donne accès gratuitement aux **services bancaires de base** : une carte de paiement, les virements et les prélèvements, des relevés de compte.`,
      },
      why: [],
      how: [
        {
          id: 'how-banque',
          title: 'Demander à une banque',
          body: `1. Allez dans une banque avec votre **pièce d'identité** (ou attestation de demande d'asile, titre de séjour) et un **justificatif d'adresse** ou de domiciliation.
2. Demandez à ouvrir un compte.
3. Si la banque refuse, demandez-lui une **lettre de refus**. Elle doit vous la donner.

> [!INFO]
> Vous pouvez aussi ouvrir un **Livret A** à La Banque Postale, même sans autre compte. Il permet de déposer et de retirer de l'argent.`,
        },
        {
          id: 'how-banque-de-france',
          title: 'Demander le droit au compte',
          body: `Avec la lettre de refus, demandez le droit au compte à la **Banque de France** :
- en ligne sur [banque-france.fr](https://www.banque-france.fr) ;
- à un guichet de la Banque de France ;
- par courrier.

Joignez la lettre de refus, votre pièce d'identité et votre justificatif d'adresse.

> [!IMPORTANT]
> La banque qui a refusé peut envoyer cette demande pour vous, si vous le lui demandez.`,
        },
        {
          id: 'how-ouverture',
          title: 'La banque désignée ouvre votre compte',
          body: `La Banque de France désigne une banque en **un jour ouvré** environ. Elle vous envoie un courrier avec le nom et l'adresse de cette banque.

Allez dans cette banque avec le courrier et vos documents. Elle doit ouvrir votre compte dans les **3 jours ouvrés** après avoir reçu votre dossier complet. Les services bancaires de base sont **gratuits**.`,
        },
      ],
      next: [
        {
          id: 'next-utiliser',
          title: 'Utiliser votre compte',
          body: `Donnez votre **RIB** à votre employeur, à la CAF, à France Travail ou à l'Assurance Maladie pour recevoir vos paiements.

Vérifiez souvent votre solde sur l'application ou au distributeur. Si votre compte est à découvert, la banque peut prendre des frais.

Vous avez des difficultés d'argent ? Un **Point conseil budget** peut vous aider gratuitement. Plus d'informations sur [service-public.fr](https://www.service-public.fr).`,
        },
      ],
    },
    places: [],
    contacts: [],
    externalLink: { url: 'https://www.banque-france.fr', label: 'Banque de France – droit au compte' },
  },
  translations: {
    en: {
      header: {
        title: 'Opening a bank account: your right to an account through the Banque de France',
        body: 'A bank refuses to open an account for you? The Banque de France can make it do so.',
      },
      what: {
        title: 'What is the right to an account?',
        body: `A **bank account** lets you receive your wages or benefits and pay by card.

Everyone who lives in France has the **right to an account**, even with little money, even during an asylum application. If a bank refuses, the **Banque de France** (the French central bank) can designate a bank that must open an account for you.

This account gives free access to **basic banking services**: a payment card, transfers and direct debits, account statements.`,
      },
      'how-banque': {
        title: 'Ask a bank',
        body: `1. Go to a bank with your **identity document** (or asylum application certificate, residence permit) and **proof of address** or domiciliation.
2. Ask to open an account.
3. If the bank refuses, ask it for a **refusal letter**. It must give you one.

> [!INFO]
> You can also open a **Livret A** savings account at La Banque Postale, even without another account. It lets you pay in and withdraw money.`,
      },
      'how-banque-de-france': {
        title: 'Claim your right to an account',
        body: `With the refusal letter, apply to the **Banque de France** for the right to an account:
- online at [banque-france.fr](https://www.banque-france.fr);
- at a Banque de France counter;
- by post.

Attach the refusal letter, your identity document and your proof of address.

> [!IMPORTANT]
> The bank that refused can send this application for you, if you ask it to.`,
      },
      'how-ouverture': {
        title: 'The designated bank opens your account',
        body: `The Banque de France designates a bank in about **one working day**. It sends you a letter with the name and address of that bank.

Go to this bank with the letter and your documents. It must open your account within **3 working days** of receiving your complete file. Basic banking services are **free**.`,
      },
      'next-utiliser': {
        title: 'Using your account',
        body: `Give your **RIB** (bank details) to your employer, the CAF, France Travail or National Health Insurance to receive your payments.

Check your balance often on the app or at a cash machine. If your account is overdrawn, the bank may charge fees.

Having money problems? A **Point conseil budget** can help you for free. More information on [service-public.fr](https://www.service-public.fr).`,
      },
    },
    ar: {
      header: {
        title: 'فتح حساب بنكي: حقّك في حساب عن طريق بنك فرنسا',
        body: 'رفض بنك أن يفتح لك حسابًا؟ يمكن لبنك فرنسا (Banque de France) أن يفرض عليه ذلك.',
      },
      what: {
        title: 'ما هو الحق في الحساب؟',
        body: `يفيدك **الحساب البنكي** في استلام راتبك أو إعاناتك، وفي الدفع بالبطاقة.

لكل شخص يسكن في فرنسا **الحق في حساب**، حتى لو كان ماله قليلًا، وحتى خلال طلب اللجوء. إذا رفض بنك، يمكن لـ **بنك فرنسا** (Banque de France) أن يعيّن بنكًا يجب عليه أن يفتح لك حسابًا.

يمنحك هذا الحساب مجانًا **الخدمات البنكية الأساسية**: بطاقة دفع، التحويلات والاقتطاعات، كشوف الحساب.`,
      },
      'how-banque': {
        title: 'الطلب من بنك',
        body: `1. اذهب إلى بنك ومعك **وثيقة هويتك** (أو شهادة طلب اللجوء، بطاقة الإقامة) و**إثبات العنوان** أو عنوان المراسلة.
2. اطلب فتح حساب.
3. إذا رفض البنك، اطلب منه **رسالة رفض**. يجب أن يعطيك إيّاها.

> [!INFO]
> يمكنك أيضًا فتح **دفتر ادّخار Livret A** في La Banque Postale، حتى دون حساب آخر. يسمح لك بإيداع المال وسحبه.`,
      },
      'how-banque-de-france': {
        title: 'طلب الحق في الحساب',
        body: `مع رسالة الرفض، اطلب الحق في الحساب من **بنك فرنسا**:
- عبر الإنترنت على [banque-france.fr](https://www.banque-france.fr)؛
- في شبّاك تابع لبنك فرنسا؛
- بالبريد.

أرفِق رسالة الرفض ووثيقة هويتك وإثبات عنوانك.

> [!IMPORTANT]
> يمكن للبنك الذي رفض أن يرسل هذا الطلب نيابةً عنك، إذا طلبت منه ذلك.`,
      },
      'how-ouverture': {
        title: 'البنك المعيَّن يفتح حسابك',
        body: `يعيّن بنك فرنسا بنكًا خلال **يوم عمل واحد** تقريبًا. ويرسل لك رسالة فيها اسم هذا البنك وعنوانه.

اذهب إلى هذا البنك ومعك الرسالة ووثائقك. يجب عليه أن يفتح حسابك خلال **3 أيام عمل** بعد استلام ملفك كاملًا. الخدمات البنكية الأساسية **مجانية**.`,
      },
      'next-utiliser': {
        title: 'استعمال حسابك',
        body: `أعطِ **RIB** (بيانات حسابك البنكي) لصاحب العمل أو CAF أو France Travail أو التأمين الصحي لتستلم مدفوعاتك.

راجع رصيدك كثيرًا على التطبيق أو في جهاز الصرّاف. إذا كان حسابك مكشوفًا (بالسالب)، قد يأخذ البنك رسومًا.

لديك صعوبات مالية؟ يمكن لـ **Point conseil budget** أن يساعدك مجانًا. مزيد من المعلومات على [service-public.fr](https://www.service-public.fr).`,
      },
    },
    uk: {
      header: {
        title: 'Відкрити банківський рахунок: ваше право на рахунок через Banque de France',
        body: 'Банк відмовляється відкрити вам рахунок? Banque de France може зобов’язати банк це зробити.',
      },
      what: {
        title: 'Що таке право на рахунок?',
        body: `**Банківський рахунок** потрібен, щоб отримувати зарплату чи допомоги і платити карткою.

Кожна людина, яка живе у Франції, має **право на рахунок**, навіть із невеликими коштами, навіть під час процедури притулку. Якщо банк відмовляє, **Banque de France** (центральний банк Франції) може призначити банк, який мусить відкрити вам рахунок.

Цей рахунок дає безкоштовний доступ до **базових банківських послуг**: платіжна картка, перекази та автоматичні списання, виписки з рахунку.`,
      },
      'how-banque': {
        title: 'Звернутися до банку',
        body: `1. Прийдіть до банку з **документом, що посвідчує особу** (або довідкою шукача притулку, посвідкою на проживання) і **підтвердженням адреси** чи поштової адреси (domiciliation).
2. Попросіть відкрити рахунок.
3. Якщо банк відмовляє, попросіть **лист про відмову**. Банк зобов’язаний його видати.

> [!INFO]
> Ви також можете відкрити ощадний рахунок **Livret A** у La Banque Postale, навіть без іншого рахунку. На нього можна вносити й знімати гроші.`,
      },
    },
  },
};
