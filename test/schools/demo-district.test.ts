import { describe, expect, it } from 'vitest';
import type { SchoolRecord } from '../../api/schools/import/cps-school-csv';
import { expandGrades, generateDemoDistrict } from '../../infra/demo/demo-district';

/** Chicago's extent in degrees, slightly padded: the city limits span about 41.644–42.023 N and 87.524–87.940 W. */
const CHICAGO = { south: 41.64, north: 42.03, west: -87.95, east: -87.52 };

const SEEDS = [1, 2, 3, 42, 2026];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);

  return sorted[Math.floor(sorted.length / 2)] as number;
}

function countBy(schools: SchoolRecord[], key: (school: SchoolRecord) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const school of schools) counts.set(key(school), (counts.get(key(school)) ?? 0) + 1);

  return counts;
}

describe('generateDemoDistrict', () => {
  it('returns the same district for the same seed', () => {
    expect(generateDemoDistrict(7)).toEqual(generateDemoDistrict(7));
  });

  it('returns another district for another seed', () => {
    expect(generateDemoDistrict(8)).not.toEqual(generateDemoDistrict(7));
  });

  it('uses seed 1 by default', () => {
    expect(generateDemoDistrict()).toEqual(generateDemoDistrict(1));
  });

  it.each(SEEDS)('generates about 650 schools with seed %i', (seed) => {
    const schools = generateDemoDistrict(seed);

    expect(schools.length).toBeGreaterThanOrEqual(600);
    expect(schools.length).toBeLessThanOrEqual(700);
  });

  it.each(SEEDS)('has 17 numbered networks of 16 to 36 schools with seed %i', (seed) => {
    const networks = countBy(generateDemoDistrict(seed), (school) => school.network);
    const numbered = [...networks].filter(([network]) => /^Network \d+$/.test(network));

    expect(numbered.map(([network]) => network).sort()).toEqual(Array.from({ length: 17 }, (_, n) => `Network ${n + 1}`).sort());
    for (const [network, size] of numbered) {
      expect(size, network).toBeGreaterThanOrEqual(16);
      expect(size, network).toBeLessThanOrEqual(36);
    }
  });

  it('has the Charter, Options, Contract, ISP and AUSL groups', () => {
    const networks = countBy(generateDemoDistrict(), (school) => school.network);

    expect(networks.get('Charter')).toBe(97);
    expect(networks.get('Options')).toBe(40);
    expect(networks.get('Contract')).toBe(4);
    expect(networks.get('ISP')).toBe(67);
    expect(networks.get('AUSL')).toBe(6);
    expect(networks.size).toBe(22);
  });

  it.each(SEEDS)('gives unique CPS-like School_IDs with seed %i', (seed) => {
    const schools = generateDemoDistrict(seed);

    expect(new Set(schools.map((school) => school.id)).size).toBe(schools.length);
    for (const school of schools) {
      const charterLike = school.network === 'Charter' || school.network === 'Contract';
      expect(school.id, school.longName).toMatch(charterLike ? /^400\d{3}$/ : /^6\d{5}$/);
    }
  });

  it.each(SEEDS)('spreads enrollment like CPS with seed %i', (seed) => {
    const enrollments = generateDemoDistrict(seed).map((school) => school.studentCountTotal);

    expect(median(enrollments)).toBeGreaterThanOrEqual(330);
    expect(median(enrollments)).toBeLessThanOrEqual(470);
    expect(Math.min(...enrollments)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...enrollments)).toBeLessThanOrEqual(4500);
    expect(Math.max(...enrollments)).toBeGreaterThan(1500);
  });

  it.each(SEEDS)('keeps subgroup counts within enrollment with seed %i', (seed) => {
    for (const school of generateDemoDistrict(seed)) {
      expect(school.studentCountLowIncome, school.id).toBeLessThanOrEqual(school.studentCountTotal);
      expect(school.studentCountSpecialEd, school.id).toBeLessThanOrEqual(school.studentCountTotal);
      expect(school.studentCountEnglishLearners, school.id).toBeLessThanOrEqual(school.studentCountTotal);
    }
  });

  it.each(SEEDS)('mixes about 72% ES, 27% HS and 1% MS with seed %i', (seed) => {
    const schools = generateDemoDistrict(seed);
    const share = (category: string) => schools.filter((school) => school.primaryCategory === category).length / schools.length;

    expect(share('ES')).toBeGreaterThan(0.66);
    expect(share('ES')).toBeLessThan(0.78);
    expect(share('HS')).toBeGreaterThan(0.21);
    expect(share('HS')).toBeLessThan(0.33);
    expect(share('MS')).toBeLessThan(0.03);
  });

  it.each(SEEDS)('places every school inside Chicago with seed %i', (seed) => {
    for (const school of generateDemoDistrict(seed)) {
      expect(school.latitude, school.address).toBeGreaterThan(CHICAGO.south);
      expect(school.latitude, school.address).toBeLessThan(CHICAGO.north);
      expect(school.longitude, school.address).toBeGreaterThan(CHICAGO.west);
      expect(school.longitude, school.address).toBeLessThan(CHICAGO.east);
    }
  });

  it('writes Chicago-style addresses, ZIP codes and fictional phone numbers', () => {
    for (const school of generateDemoDistrict()) {
      expect(school.address).toMatch(/^\d+ [NSEW] [A-Z0-9 ]+ (ST|AVE|RD|BLVD)$/);
      expect(school.zip).toMatch(/^606\d\d$|^60827$/);
      expect(school.phone).toMatch(/^773-555-01\d\d$/);
      expect(school.city).toBe('Chicago');
    }
  });

  it('names schools after their category', () => {
    const schools = generateDemoDistrict();
    const elementary = schools.filter((school) => school.primaryCategory === 'ES' && /^Network \d$|^Network 1[0-3]$/.test(school.network));
    const highSchools = schools.filter((school) => school.primaryCategory === 'HS' && school.network === 'Network 14');

    expect(elementary.every((school) => /(Elementary School|Academy)$/.test(school.longName))).toBe(true);
    expect(highSchools.every((school) => / HS$/.test(school.shortName))).toBe(true);
    expect(new Set(schools.map((school) => school.longName)).size).toBe(schools.length);
    expect(new Set(schools.map((school) => school.shortName)).size).toBe(schools.length);
  });
});

describe('expandGrades', () => {
  it.each([
    ['PK,K-8', 'PK,K,1,2,3,4,5,6,7,8'],
    ['9-12', '9,10,11,12'],
    ['K-5', 'K,1,2,3,4,5'],
    ['PK', 'PK'],
  ])('expands %s to %s', (compact, all) => {
    expect(expandGrades(compact)).toBe(all);
  });
});
