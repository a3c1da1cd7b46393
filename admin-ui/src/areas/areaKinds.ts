/** Choices for an area's `kind`: numbered networks have a Chief Area Officer, the rest group schools by governance. */
export const AREA_KIND_CHOICES = [
  { id: 'network', name: 'Network' },
  { id: 'charter', name: 'Charter' },
  { id: 'options', name: 'Options' },
  { id: 'contract', name: 'Contract' },
  { id: 'other', name: 'Other' },
];
