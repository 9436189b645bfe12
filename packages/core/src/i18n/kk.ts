import { named, term } from './glossary.js';
import type { CommonMessages, Messages, UnitMessages } from './messages.js';

// Typography: STYLE.md. No space before %; a no-break space (\u00a0) joins a number to «мың», «млн».

/** Kazakh (Cyrillic): the texts every chart uses. */
export const kkCommon: CommonMessages = {
  locale: 'kk',
  plural: {
    cases: { other: '{count} жағдай' },
    people: { other: '{count} адам' },
    countries: { other: '{count} ел' },
    victims: { other: '{count} жәбірленуші' },
  },
  ordinal: { other: '{count}-орын' },
  sources: {
    'ranking-kz-2026': 'ranking.kz, 15.01.2026',
    kpsisu: /* @__PURE__ */ term('committee', 'kk'),
    'gsi-2023': /* @__PURE__ */ named('Walk Free, {name} 2023', 'slaveryIndex', 'kk'),
    'stat-gov-kz': /* @__PURE__ */ term('statisticsBureau', 'kk'),
    'interior-ministry': /* @__PURE__ */ term('interiorMinistry', 'kk'),
    'labour-ministry': /* @__PURE__ */ term('labourMinistry', 'kk'),
    'us-tip-report': 'АҚШ Мемлекеттік департаменті, адам саудасы туралы баяндама',
    geokz: 'Шекаралар: geokz (CC BY 4.0), OCHA/UNHCR, © OpenStreetMap қатысушылары',
  },
  frame: {
    source: 'Дереккөз',
    via: '{source} ({via} арқылы)',
    notes: 'Ескертпелер',
    showTable: 'Кестені көрсету',
    hideTable: 'Кестені жасыру',
    downloadCsv: 'CSV жүктеп алу',
    downloadPng: 'PNG жүктеп алу',
    downloadSvg: 'SVG жүктеп алу',
    embed: 'Сайтқа ендіру',
    embedScript: 'Скрипт және элемент',
    embedIframe: 'Iframe',
    embedStatic: 'Скриптсіз сурет',
    embedNoStatic: 'Бұл баптауларға дайын сурет жоқ: SVG не PNG жүктеп алыңыз.',
    copy: 'Көшіру',
    copied: 'Көшірілді',
    noData: 'деректер жоқ',
    derived: 'есептелген',
    errorTitle: 'Графикті көрсету мүмкін емес',
    errorHint: '«{what}» графигінің параметрлерін тексеріңіз.',
  },
  errors: {
    'unknown-country': 'Белгісіз ел коды {value}. Жарамды кодтар: {valid}.',
    'unknown-region': 'Белгісіз өңір коды {value}. Жарамды кодтар: {valid}.',
    'unknown-locale': 'Белгісіз тіл {value}. Жарамды мәндер: {valid}.',
    'unknown-series': 'Белгісіз қатар {value}. Жарамды мәндер: {valid}.',
    'unknown-breakdown': 'Белгісіз бөлініс {value}. Жарамды мәндер: {valid}.',
    'invalid-number': '«{what}» мәні нөлден кем емес шектеулі сан болуы керек, алынған мән: {value}.',
    'empty-data': 'График құруға деректер жоқ ({what}).',
    'duplicate-key': '{value} мәні екі рет кездеседі.',
    'above-total': 'Бөліктердің қосындысы ({value}) жалпы санға ({valid}) сәйкес келмейді.',
    'unknown-fact': '{value} идентификаторы бар көрсеткіш жоқ.',
  },
};

/** How values are written with their units. */
export const kkUnits: Omit<UnitMessages, 'locale'> = {
  units: {
    'per-1000': /* @__PURE__ */ named('{name} {value}', 'perThousand', 'kk'),
    'per-100000': '100\u00a0мың тұрғынға {value}',
    people: '{value}',
    offences: '{value}',
    cases: '{value}',
    proceedings: '{value}',
    percent: '{value}%',
    'percentage-points': '{value}\u00a0пайыздық тармақ',
    ratio: '×{value}',
    tenge: '{value}',
    years: '{value}',
    rank: '{value}-орын',
    'score-0-100': '100-ден {value}',
    tier: '{value}',
    'unit-name': '{value}',
    edition: '{value}',
    'country-order': '{value}',
  },
  unitNames: { 'per-1000': '1000 тұрғынға шаққанда', 'per-100000': '100\u00a0мың тұрғынға шаққанда' },
};

export const kkSlaveryIndex: Messages['slaveryIndex'] = {
  title: 'Қазіргі заманғы құлдықтың таралуы',
  subtitle: 'Қазіргі заманғы құлдықтағы адамдардың 1000 тұрғынға шаққандағы бағалауы',
  period: /* @__PURE__ */ named('2021 жыл ({name} 2023)', 'slaveryIndex', 'kk'),
  country: 'Ел',
  prevalence: '1000 тұрғынға',
  people: 'Адамдар саны (бағалау)',
  correctionNote:
    'Түзетілді: мақалада Қазақстанның көрсеткіші {asReported} деп берілген. Walk Free деректері бойынша ол — {value}, бұл таралуы ең жоғары елден бастап санағанда 160 елдің ішінде {rank}; 1,9 Қазақстанның мәніне ешбір өлшем бірлігінде сәйкес келмейді. Мақаладағы «157 елдің ішінде {rankAsReported}» деген орынды тексеру мүмкін болмады: индекстің ешбір шығарылымынан мұндай орын таппадық.',
  unitNote:
    'Walk Free бағалауларды мақалада жазылғандай 100\u00a0мың тұрғынға емес, 1000 тұрғынға шаққанда жариялайды.',
  describeSummary:
    'Көлденең бағанды диаграмма: Жаһандық құлдық индексі 2023 бойынша қазіргі заманғы құлдықтың таралуы, {count}.',
  describeCustomSummary: 'Көлденең бағанды диаграмма: қазіргі заманғы құлдықтың таралуы, {count}.',
  describeExtremes: 'Ең жоғарысы — {highest} (1000 тұрғынға {highestValue}), ең төмені — {lowest} ({lowestValue}).',
  describeHighlight: '{country}: 1000 тұрғынға {value}, таралуы бойынша {count} елдің ішінде {position}.',
};

export const kkCrimeTrend: Messages['crimeTrend'] = {
  title: 'Адам саудасына байланысты қылмыстар',
  subtitle: 'Жылдар бойынша тіркелген қылмыстық құқық бұзушылықтар, {years}',
  year: 'Жыл',
  series: {
    total: 'Адам саудасына байланысты барлығы (ҚК-нің 9 бабы)',
    art128: /* @__PURE__ */ named('128-бап «{name}»', 'art128', 'kk'),
    art135: /* @__PURE__ */ named('135-бап «{name}»', 'art135', 'kk'),
  },
  seriesInText: {
    total: 'адам саудасына байланысты барлық қылмыстар (ҚК-нің 9 бабы)',
    art128: /* @__PURE__ */ named('128-бап «{name}»', 'art128', 'kk'),
    art135: /* @__PURE__ */ named('135-бап «{name}»', 'art135', 'kk'),
  },
  seriesShort: {
    total: 'Адам саудасына байланысты барлығы',
    art128: '128-бап',
    art135: '135-бап',
  },
  gap: 'жарияланбаған',
  gapMinimum: 'жарияланбаған; кезеңнің ең төмені, 150-ден көп',
  change: '{series}: {change} ({from}→{to})',
  multiple: '{series}: ×{multiple} ({from}→{to})',
  gapNote: '{years} жылғы деректер жарияланбаған: графикте бұл сызық емес, үзіліс.',
  minimumNote: 'Тек жыл сайын 150-ден астам іс тіркелетіні және ең төменгі көрсеткіш 2022 жылы болғаны белгілі.',
  derivedNote:
    '128-бап бойынша 2024 жылғы мән (15) жарияланбаған, есептелген: 20% төмендегенде 2025 жылы 12 жағдай беретін жалғыз бүтін сан осы.',
  contextNote:
    'ІІМ 2025 жылы осындай 164 қылмыс туралы хабарлайды: бұл басқа есеп, ол Бас прокуратура деректерімен араластырылмайды.',
  describeSummary: 'Сызықтық график: {series}, {from}–{to}.',
  describeSeries: '{series}: {values}.',
  describeGaps: '{years} жылғы деректер жоқ.',
};

export const kkVictimBreakdown: Messages['victimBreakdown'] = {
  titleSex: 'Адам саудасынан жәбірленушілер жынысы бойынша',
  titleCitizenship: 'Адам саудасынан жәбірленушілер азаматтығы бойынша',
  subtitle: 'Адам саудасына байланысты қылмыстардан жәбірленушілер саны',
  group: 'Топ',
  count: 'Адам',
  share: 'Үлес',
  total: 'барлығы',
  slices: {
    women: 'Әйелдер',
    men: 'Ерлер',
    citizens: 'Қазақстан азаматтары',
    foreigners: 'Шетелдіктер және азаматтығы жоқ адамдар',
  },
  womenChangeNote:
    '«Өткен жылмен салыстырғанда 21,3% көп» деген сөзді бірнеше түрлі түсінуге болады: пайыздық тармақ ретінде ол басқа сандармен сәйкес келмейді, ал салыстырмалы өсім ретінде үлес те (2024 жылы шамамен 38,4%), әйелдер саны да (2024 жылы 61) сәйкес келеді; екі мән де жарияланбаған, есептелген. Сондықтан 2024 жыл көрсетілмеген.',
  sexDerivedNote: 'Әйелдер саны (74) 159-дың 46,5% үлесінен есептелген; ерлер саны (85) — айырма ретінде.',
  citizenshipDerivedNote: 'Шетелдіктер мен азаматтығы жоқ адамдардың саны (16) айырма ретінде есептелген: 159 − 143.',
  describe: 'Сақиналы диаграмма: барлығы {total}. {parts}.',
  describePart: '{label} — {count} ({share})',
};

export const kkRegionalShare: Messages['regionalShare'] = {
  title: 'Өңірлердегі кәмелетке толмағандар саудасы істері',
  subtitle: 'ҚК-нің 135-бабы бойынша тіркелген істердің облыстар мен республикалық маңызы бар қалалардағы үлесі',
  region: 'Өңір',
  cases: 'Істер',
  share: 'Үлес',
  remainder: 'Елдің қалған бөлігі, бөлінбеген',
  legend: 'Барлық істердегі үлес',
  inset: 'Алматы және Алматы облысы',
  noDataNote: 'Деректері жоқ өңірлер «деректер жоқ» деп штрихталған: бұл нөл емес.',
  remainderNote:
    'Қалған {count} іс Алматыдан тыс тіркелген; өңірлер бойынша бөлінісі жарияланбағандықтан, олар картаға бөлінбеген.',
  describeSummary: 'Қазақстан картасы: барлығы {total}.',
  describeRegion: '{region}: {count} ({share}).',
  describeRemainder: 'Қалған {count} іс өңірлерге бөлінбеген.',
};

export const kkAudit: Messages['audit'] = {
  title: 'Фактілерді тексеру: мақалада не айтылған және қайта есептеу не береді',
  fact: 'Көрсеткіш',
  reported: 'Мақалада',
  checked: 'Тексеру',
  finding: 'Қорытынды',
  kinds: { consistent: 'сәйкес', inconsistent: 'сәйкес емес', ambiguous: 'екіұшты', corrected: 'түзетілді' },
  recomputed: 'қайта есептеу: {value}',
  implies: 'бұрынғы мән: {value}',
  corrected: 'бастапқы дереккөз: {value}',
  conflict: 'басқа дереккөз: {value}',
  readingFits: '{reading}: сәйкес ({value})',
  readingFails: '{reading}: сәйкес емес',
  readings: {
    'percentage-points': 'пайыздық тармақ',
    'relative-share': 'үлестің өсуі',
    'relative-count': 'санның өсуі',
  },
  editions: {
    'GSI 2023 (estimates for 2021)': /* @__PURE__ */ named('{name} 2023 (2021 жылғы бағалаулар)', 'slaveryIndex', 'kk'),
    '2025': '«өткен жылдың қорытындысы» (2025)',
  },
  facts: {
    'gsi.unit': 'Таралу бірлігі',
    'gsi.edition': 'Индекс шығарылымы',
    'gsi.rank.KZ': 'Қазақстанның орны',
    'gsi.bestOrder': 'Ең жақсы елдердің реті',
    'gsi.prevalence.KZ': 'Таралуы: Қазақстан',
    'gsi.prevalence.TM': 'Таралуы: Түрікменстан',
    'gsi.prevalence.RU': 'Таралуы: Ресей',
    'gsi.prevalence.TJ': 'Таралуы: Тәжікстан',
    'gsi.prevalence.NO': 'Таралуы: Норвегия',
    'crimes.total.change': 'Барлық қылмыстар, 2024→2025',
    'crimes.art128.change': '128-бап, 2024→2025',
    'crimes.art135.tripled': '135-бап: «үш есе өсті»',
    'crimes.forcedMarriage.2025': 'Некеге мәжбүрлеу, 2025',
    'victims.change': 'Жәбірленушілер, 2024→2025',
    'victims.womenShare.2025': 'Жәбірленушілер арасындағы әйелдер үлесі',
    'victims.women.change': 'Әйелдер: «+21,3%»',
  },
};
