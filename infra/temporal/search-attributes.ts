/** Baton's custom search attributes, registered on the dev server at start and in production by `temporal operator`. */
export const BATON_SEARCH_ATTRIBUTES = {
  BatonProcess: 'Keyword',
  BatonStage: 'Keyword',
  BatonAreaId: 'Keyword',
  BatonSchoolId: 'Keyword',
  BatonDueAt: 'Datetime',
} as const;
