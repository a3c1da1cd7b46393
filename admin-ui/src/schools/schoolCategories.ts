/** Choices for a school's `primaryCategory`, the CPS `Primary_Category` column. */
export const SCHOOL_CATEGORY_CHOICES = [
  { id: 'ES', name: 'Elementary' },
  { id: 'MS', name: 'Middle' },
  { id: 'HS', name: 'High' },
];
