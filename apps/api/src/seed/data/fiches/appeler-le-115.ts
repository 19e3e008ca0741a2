import type { SeedFiche } from '../types.js';

const howAppelerOld = {
  title: 'Appeler le 115',
  body: `1. Appelez le **115**. La ligne est souvent occupée : rappelez plusieurs fois.
2. Expliquez votre situation : où vous êtes, si vous êtes seul ou en famille, avec des enfants, si vous êtes malade ou enceinte.

> [!INFO]
> Si vous parlez peu français, demandez à quelqu'un de vous aider à appeler, ou dites le nom de votre langue : certains 115 ont des interprètes.`,
};

export const fiche: SeedFiche = {
  slug: 'appeler-le-115',
  publishedDaysAgo: 3,
  content: {
    type: 'demarche',
    title: "Trouver un hébergement d'urgence : appeler le 115",
    summary: 'Vous dormez dehors ou allez perdre votre logement ? Appelez le 115, gratuit, jour et nuit.',
    administration: "SIAO (service intégré d'accueil et d'orientation), pour l'État",
    mainTheme: 'logement',
    secondaryThemes: ['sante'],
    needs: ['hebergement-d-urgence', 'se-soigner'],
    eligibility: {
      legalStatus: [
        'asylum_seeker',
        'refugee',
        'subsidiary_protection',
        'temporary_protection',
        'stateless',
        'french_citizen',
      ],
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
        title: "Le 115, c'est quoi ?",
        body: `Le **115** est le numéro d'urgence pour les personnes **sans abri**. L'appel est **gratuit**, 24 heures sur 24 et 7 jours sur 7, depuis un téléphone fixe ou un portable.

Le 115 cherche une place pour la nuit : centre d'hébergement, hôtel, accueil pour familles. Il peut aussi vous orienter vers des repas, des douches ou des soins.

L'hébergement d'urgence est ouvert à **tous**, quelle que soit votre situation administrative.`,
      },
      why: [],
      how: [
        {
          id: 'how-appeler',
          title: 'Appeler le 115',
          body: `1. Appelez le **115** tôt dans la journée. La ligne est souvent occupée : rappelez plusieurs fois.
2. Expliquez votre situation : où vous êtes, si vous êtes seul ou en famille, avec des enfants, si vous êtes malade ou enceinte.
3. Notez l'adresse et l'heure d'arrivée qu'on vous donne.

> [!INFO]
> Si vous parlez peu français, demandez à quelqu'un de vous aider à appeler, ou dites le nom de votre langue : certains 115 ont des interprètes.`,
        },
        {
          id: 'how-sans-place',
          title: "Si le 115 n'a pas de place",
          body: `Le 115 manque souvent de places, surtout pour les hommes seuls. Ne restez pas sans aide :
- allez dans un **accueil de jour** pour vous reposer, manger et voir un travailleur social ;
- parlez aux **maraudes** (équipes qui passent dans la rue, souvent le soir) ;
- rappelez le 115 le lendemain.

> [!IMPORTANT]
> En cas de danger pour votre vie ou votre santé, appelez le **15** (SAMU) ou le **112**.`,
        },
      ],
      next: [
        {
          id: 'next-siao',
          title: 'Après la première nuit',
          body: `L'hébergement d'urgence est souvent **court** : une ou quelques nuits. Pour une solution plus longue, un travailleur social peut faire une demande au **SIAO** de votre département.

Le SIAO cherche une place en centre d'hébergement ou en logement accompagné. Si vous êtes demandeur d'asile, parlez aussi à l'OFII : il existe des hébergements réservés aux demandeurs d'asile. Plus d'informations sur [service-public.fr](https://www.service-public.fr).`,
        },
      ],
    },
    places: [],
    contacts: [
      { id: 'numero-115', name: 'Le 115 (Samu social)', role: "Hébergement d'urgence", phone: '115' },
    ],
    externalLink: { url: 'https://www.service-public.fr', label: 'service-public.fr' },
  },
  translations: {
    en: {
      header: {
        title: 'Finding emergency shelter: call 115',
        body: 'Sleeping rough or about to lose your home? Call 115, free, day and night.',
      },
      what: {
        title: 'What is 115?',
        body: `**115** is the emergency number for **homeless** people. The call is **free**, 24 hours a day, 7 days a week, from a landline or a mobile phone.

115 looks for a place for the night: a shelter, a hotel, a family centre. It can also direct you to meals, showers or medical care.

Emergency shelter is open to **everyone**, whatever your immigration status.`,
      },
      'how-appeler': {
        title: 'Call 115',
        body: `1. Call **115** early in the day. The line is often busy: call back several times.
2. Explain your situation: where you are, whether you are alone or with family, with children, whether you are ill or pregnant.
3. Write down the address and the time you are given.

> [!INFO]
> If you speak little French, ask someone to help you call, or say the name of your language: some 115 services have interpreters.`,
      },
      'how-sans-place': {
        title: 'If 115 has no place',
        body: `115 often runs out of places, especially for single men. Do not stay without help:
- go to a **day centre** to rest, eat and see a social worker;
- talk to the **outreach teams** (maraudes) who go round the streets, often in the evening;
- call 115 again the next day.

> [!IMPORTANT]
> If your life or health is in danger, call **15** (SAMU, medical emergencies) or **112**.`,
      },
      'next-siao': {
        title: 'After the first night',
        body: `Emergency shelter is often **short**: one or a few nights. For a longer solution, a social worker can apply to the **SIAO** (housing and shelter service) of your département.

The SIAO looks for a place in a shelter or in supported housing. If you are an asylum seeker, also talk to OFII: some accommodation is reserved for asylum seekers. More information on [service-public.fr](https://www.service-public.fr).`,
      },
    },
    ar: {
      header: {
        title: 'إيجاد مأوى طارئ: اتصل بالرقم 115',
        body: 'تنام في الشارع أو ستفقد مسكنك؟ اتصل بالرقم 115، مجانًا، ليلًا ونهارًا.',
      },
      what: {
        title: 'ما هو الرقم 115؟',
        body: `**115** هو رقم الطوارئ للأشخاص **الذين لا مأوى لهم**. الاتصال **مجاني**، 24 ساعة في اليوم و7 أيام في الأسبوع، من هاتف ثابت أو محمول.

يبحث 115 عن مكان للمبيت: مركز إيواء، فندق، مركز لاستقبال العائلات. ويمكنه أيضًا توجيهك إلى أماكن للطعام أو الاستحمام أو العلاج.

الإيواء الطارئ مفتوح **للجميع**، مهما كان وضعك الإداري.`,
      },
      'how-appeler': {
        title: 'الاتصال بالرقم 115',
        body: `1. اتصل بالرقم **115** في وقت مبكر من النهار. الخط مشغول غالبًا: أعد الاتصال عدّة مرات.
2. اشرح وضعك: أين أنت، هل أنت وحدك أم مع عائلتك، مع أطفال، هل أنت مريض أو امرأة حامل.
3. سجّل العنوان وساعة الوصول اللذين يُعطيان لك.

> [!INFO]
> إذا كنت تتكلّم القليل من الفرنسية، اطلب من شخص أن يساعدك في الاتصال، أو قل اسم لغتك: بعض خدمات 115 لديها مترجمون.`,
      },
      'how-sans-place': {
        title: 'إذا لم يكن لدى 115 مكان',
        body: `كثيرًا ما تنقص الأماكن لدى 115، خصوصًا للرجال الذين بمفردهم. لا تبقَ دون مساعدة:
- اذهب إلى **مركز استقبال نهاري** لترتاح وتأكل وتقابل مساعدًا اجتماعيًا؛
- تحدّث مع **فرق الجولات الليلية** (maraudes) التي تمرّ في الشوارع، غالبًا في المساء؛
- أعد الاتصال بـ 115 في اليوم التالي.

> [!IMPORTANT]
> إذا كانت حياتك أو صحتك في خطر، اتصل بالرقم **15** (الإسعاف SAMU) أو **112**.`,
      },
      'next-siao': {
        title: 'بعد الليلة الأولى',
        body: `الإيواء الطارئ غالبًا **قصير**: ليلة أو بضع ليالٍ. للحصول على حلّ أطول، يمكن لمساعد اجتماعي أن يقدّم طلبًا إلى **SIAO** (خدمة الاستقبال والتوجيه) في مقاطعتك.

يبحث SIAO عن مكان في مركز إيواء أو في سكن مع مرافقة. إذا كنت طالب لجوء، تحدّث أيضًا مع OFII: هناك أماكن إيواء مخصّصة لطالبي اللجوء. مزيد من المعلومات على [service-public.fr](https://www.service-public.fr).`,
      },
    },
    ti: {
      header: {
        title: 'ህጹጽ መዕቆቢ ምርካብ፡ ናብ 115 ደውሉ',
        body: 'ኣብ ደገ ትድቅሱ ወይ ገዛኹም ክትስእኑ ኢኹም፧ ናብ 115 ደውሉ፡ ብናጻ፡ ለይትን መዓልትን።',
      },
      what: {
        title: '115 እንታይ እዩ፧',
        body: `**115** ነቶም **መንበሪ ዘይብሎም** ሰባት ናይ ህጹጽ ቁጽሪ እዩ። ምድዋል **ብናጻ** እዩ፡ 24 ሰዓት ኣብ መዓልቲ፡ 7 መዓልቲ ኣብ ሰሙን፡ ካብ ናይ ገዛ ወይ ሞባይል ተሌፎን።

115 ንለይቲ ቦታ ይደሊ፦ መዕቆቢ ማእከል፡ ሆቴል፡ ንስድራቤታት ዝኸውን መዕቆቢ። ናብ መግቢ፡ መሕጸቢ ወይ ሕክምና ክመርሓኩም ድማ ይኽእል።

ህጹጽ መዕቆቢ ንኹሉ ሰብ **ክፉት** እዩ፡ ምምሕዳራዊ ኩነታትኩም ብዘየገድስ።`,
      },
      'how-appeler': {
        title: 'ናብ 115 ምድዋል',
        body: `1. ናብ **115** ደውሉ። መስመሩ መብዛሕትኡ ግዜ ተታሒዙ ይኸውን፦ ብዙሕ ግዜ ደጊምኩም ደውሉ።
2. ኩነታትኩም ግለጹ፦ ኣበይ ከም ዘለኹም፡ በይንኹም ወይ ምስ ስድራኹም፡ ምስ ቆልዑ፡ ሕሙማት ወይ ነፍሰ ጾር እንተ ኾንኩም።

> [!INFO]
> ፈረንሳይኛ ቁሩብ ጥራይ እንተ ትዛረቡ፡ ሓደ ሰብ ኣብ ምድዋል ክሕግዘኩም ሕተቱ፡ ወይ ስም ቋንቋኹም ንገሩ፦ ገለ 115 ተርጎምቲ ኣለዉዎም።`,
        outdatedFrom: howAppelerOld,
      },
    },
    ps: {
      header: {
        title: 'بېړنی سرپناه موندل: ۱۱۵ ته زنګ ووهئ',
        body: 'بهر ویده کېږئ یا خپل کور له لاسه ورکوئ؟ ۱۱۵ ته زنګ ووهئ، وړیا، شپه او ورځ.',
      },
      what: {
        title: '۱۱۵ څه دی؟',
        body: `**۱۱۵** د هغو کسانو لپاره بېړنۍ شمېره ده چې **سرپناه نه لري**. زنګ **وړیا** دی، د ورځې ۲۴ ساعته او د اونۍ ۷ ورځې، له کور یا ګرځنده تلیفون څخه.

۱۱۵ د شپې لپاره ځای لټوي: د سرپناه مرکز، هوټل، د کورنیو لپاره ځای. دا کولای شي تاسو خوړو، حمام یا درملنې ته هم لارښوونه وکړي.

بېړنی سرپناه د **ټولو** لپاره خلاص دی، ستاسو اداري حالت ته نه ګوري.`,
      },
    },
  },
};
