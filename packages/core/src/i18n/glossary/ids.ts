/** The names the glossary holds in every locale. */
export type GlossaryId =
  | 'criminalCode'
  | 'art128'
  | 'art135'
  | 'committee'
  | 'interiorMinistry'
  | 'labourMinistry'
  | 'statisticsBureau'
  | 'slaveryIndex'
  | 'perThousand';
