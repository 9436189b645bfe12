import type { Messages } from '../messages.js';

// Typography: STYLE.md. No space before %; a no-break space (\u00a0) joins a number to «мың», «млн».

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
