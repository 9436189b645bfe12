import { kkNames } from '../glossary/kk.js';
import type { Messages } from '../messages.js';

// Typography: STYLE.md. No space before %; a no-break space (\u00a0) joins a number to «мың», «млн».

export const kkCrimeTrend: Messages['crimeTrend'] = {
  title: 'Адам саудасына байланысты қылмыстар',
  subtitle: 'Жылдар бойынша тіркелген қылмыстық құқық бұзушылықтар, {years}',
  year: 'Жыл',
  series: {
    total: 'Адам саудасына байланысты барлығы (ҚК-нің 9 бабы)',
    art128: `128-бап «${kkNames.art128}»`,
    art135: `135-бап «${kkNames.art135}»`,
  },
  seriesInText: {
    total: 'адам саудасына байланысты барлық қылмыстар (ҚК-нің 9 бабы)',
    art128: `128-бап «${kkNames.art128}»`,
    art135: `135-бап «${kkNames.art135}»`,
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
