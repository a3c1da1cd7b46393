import type { SchoolRecord } from '../../api/schools/import/cps-school-csv';

let nextId = 700000;

/** A school record with plausible defaults; pass what the test is about. */
export function schoolRecord(overrides: Partial<SchoolRecord> = {}): SchoolRecord {
  const id = overrides.id ?? String(nextId++);

  return {
    id,
    network: 'Network 1',
    shortName: `SCHOOL ${id}`,
    longName: `Test School ${id}`,
    primaryCategory: 'ES',
    gradesOffered: 'K-8',
    gradesOfferedAll: 'K,1,2,3,4,5,6,7,8',
    studentCountTotal: 400,
    studentCountLowIncome: 300,
    studentCountSpecialEd: 50,
    studentCountEnglishLearners: 40,
    address: '1 W TEST ST',
    city: 'Chicago',
    state: 'Illinois',
    zip: '60601',
    phone: '773-555-0100',
    latitude: 41.88,
    longitude: -87.63,
    schoolYear: 'School Year 2022-2023',
    ...overrides,
  };
}
