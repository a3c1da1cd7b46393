import type { SchoolRecord } from '../../api/schools/import/cps-school-csv';
import type { SchoolCategory } from '../../api/schools/school.entity';
import { SeededRandom } from './seeded-random';

/**
 * Generator of an invented district shaped like Chicago Public Schools in its SY2022-23 School
 * Profile file. It has 17 numbered networks (1–13 elementary, 14–17 high school) and the Charter,
 * ISP, Options, AUSL and Contract groups. About 72% of its schools are ES, 27% HS and 1% MS.
 * Enrollments come from a log-normal fitted to that file's quartiles (254, 401 and 614 students).
 * Names, addresses and phone numbers are made up, and streets and coordinates follow Chicago's
 * address grid.
 */

type CategoryWeights = Partial<Record<SchoolCategory, number>>;

/** Generation plan of one network or group. */
interface GroupPlan {
  network: string;
  size: number;
  categories: CategoryWeights;
  naming: 'district' | 'charter' | 'options' | 'contract';
  /** Block of School_IDs: 400xxx for charter and contract schools, 6xxxxx for the others. */
  idBlock: 'district' | 'charter';
}

/** School year written on every generated school. */
export const DEMO_SCHOOL_YEAR = 'School Year 2026-2027';

/**
 * Generates about 650 schools, sorted by School_ID. The same seed always gives the same district,
 * so a demo stays stable across restarts.
 */
export function generateDemoDistrict(seed = 1): SchoolRecord[] {
  const random = new SeededRandom(seed);
  const names = new NameRegistry();
  const schools: Omit<SchoolRecord, 'id'>[] = [];
  const idBlocks: Array<GroupPlan['idBlock']> = [];

  for (const plan of planGroups(random)) {
    for (let n = 0; n < plan.size; n += 1) {
      schools.push(generateSchool(plan, random, names));
      idBlocks.push(plan.idBlock);
    }
  }

  const ids = assignSchoolIds(idBlocks, random);

  return schools.map((school, index) => ({ id: ids[index] as string, ...school })).sort((a, b) => a.id.localeCompare(b.id));
}

function planGroups(random: SeededRandom): GroupPlan[] {
  const plans: GroupPlan[] = [];
  for (let number = 1; number <= 17; number += 1) {
    const highSchoolNetwork = number >= 14;
    plans.push({
      network: `Network ${number}`,
      size: highSchoolNetwork ? random.integer(16, 24) : random.integer(20, 36),
      categories: highSchoolNetwork ? { HS: 0.97, ES: 0.03 } : { ES: 0.985, MS: 0.015 },
      naming: 'district',
      idBlock: 'district',
    });
  }

  plans.push(
    { network: 'Charter', size: 97, categories: { ES: 0.55, HS: 0.44, MS: 0.01 }, naming: 'charter', idBlock: 'charter' },
    { network: 'ISP', size: 67, categories: { ES: 0.82, HS: 0.15, MS: 0.03 }, naming: 'district', idBlock: 'district' },
    { network: 'Options', size: 40, categories: { HS: 0.97, ES: 0.03 }, naming: 'options', idBlock: 'district' },
    { network: 'AUSL', size: 6, categories: { ES: 0.5, HS: 0.5 }, naming: 'district', idBlock: 'district' },
    { network: 'Contract', size: 4, categories: { ES: 0.5, HS: 0.5 }, naming: 'contract', idBlock: 'charter' },
  );

  return plans;
}

function generateSchool(plan: GroupPlan, random: SeededRandom, names: NameRegistry): Omit<SchoolRecord, 'id'> {
  const category = random.weighted(plan.categories);
  const { place, longName, shortName } = names.createWithPlace(plan.naming, category, random);
  const grades = random.weighted(GRADE_RANGES[category]);
  const counts = generateCounts(plan.naming === 'options' ? OPTIONS_ENROLLMENT : ENROLLMENT, random);

  return {
    network: plan.network,
    shortName,
    longName,
    primaryCategory: category,
    gradesOffered: grades,
    gradesOfferedAll: expandGrades(grades),
    ...counts,
    address: place.address,
    city: 'Chicago',
    state: 'Illinois',
    zip: place.zip,
    // 555-0100 to 555-0199 are reserved for fiction, so no demo number reaches a real phone.
    phone: `773-555-01${String(random.integer(0, 99)).padStart(2, '0')}`,
    latitude: place.latitude,
    longitude: place.longitude,
    schoolYear: DEMO_SCHOOL_YEAR,
  };
}

/** Gives each school a unique School_ID, in shuffled order so that ids do not follow the networks. */
function assignSchoolIds(blocks: Array<GroupPlan['idBlock']>, random: SeededRandom): string[] {
  const next = { district: 609_700, charter: 400_010 };
  const maxStep = { district: 4, charter: 2 };
  const ids: string[] = new Array(blocks.length);

  for (const index of random.shuffle(blocks.map((_, position) => position))) {
    const block = blocks[index] as GroupPlan['idBlock'];
    next[block] += random.integer(1, maxStep[block]);
    ids[index] = String(next[block]);
  }

  return ids;
}

// --- Enrollment ---------------------------------------------------------------------------

interface LogNormal {
  median: number;
  /** Standard deviation of the logarithm. */
  sigma: number;
}

/** Median 401, with sigma fitted to the SY2022-23 quartiles: ln(614 / 254) / (2 × 0.6745) ≈ 0.654. */
const ENROLLMENT: LogNormal = { median: 401, sigma: 0.654 };
/** Options (alternative) schools are small: a median of about 120 students in the same file. */
const OPTIONS_ENROLLMENT: LogNormal = { median: 120, sigma: 0.6 };
/** Largest enrollment in the SY2022-23 file, rounded up. */
const MAX_ENROLLMENT = 4500;

type StudentCounts = Pick<
  SchoolRecord,
  'studentCountTotal' | 'studentCountLowIncome' | 'studentCountSpecialEd' | 'studentCountEnglishLearners'
>;

/** Enrollment and its subgroups, with shares near the file's medians: 77% low income, 15% special education, 12% English learners. */
function generateCounts(distribution: LogNormal, random: SeededRandom): StudentCounts {
  const total = Math.min(MAX_ENROLLMENT, Math.round(distribution.median * Math.exp(distribution.sigma * random.normal())));
  const share = (mean: number, spread: number, min: number, max: number) => clamp(mean + spread * random.normal(), min, max);

  return {
    studentCountTotal: total,
    studentCountLowIncome: Math.round(total * share(0.76, 0.12, 0.05, 0.99)),
    studentCountSpecialEd: Math.round(total * share(0.15, 0.05, 0.02, 0.5)),
    // Squaring a uniform draw skews the share low, as in the file: most schools have few English learners.
    studentCountEnglishLearners: Math.round(total * 0.6 * random.next() ** 2),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

// --- Grades -------------------------------------------------------------------------------

const GRADE_RANGES: Record<SchoolCategory, Record<string, number>> = {
  ES: { 'PK,K-8': 0.7, 'K-8': 0.17, 'PK,K-5': 0.05, 'PK,K-6': 0.04, 'K-6': 0.04 },
  MS: { '6-8': 0.7, '5-8': 0.2, '7-8': 0.1 },
  HS: { '9-12': 0.85, '7-12': 0.08, '6-12': 0.07 },
};

/** Expands a compact range such as `PK,K-8` into every grade: `PK,K,1,2,3,4,5,6,7,8`. */
export function expandGrades(compact: string): string {
  const gradeNumber = (grade: string) => (grade === 'K' ? 0 : Number(grade));
  const gradeName = (number: number) => (number === 0 ? 'K' : String(number));

  return compact
    .split(',')
    .flatMap((part) => {
      const [first, last] = part.split('-');
      if (last === undefined) return [part];

      const grades: string[] = [];
      for (let grade = gradeNumber(first as string); grade <= gradeNumber(last); grade += 1) grades.push(gradeName(grade));

      return grades;
    })
    .join(',');
}

// --- Names --------------------------------------------------------------------------------

const FIRST_NAMES = [
  'Ada', 'Amos', 'Benita', 'Bernice', 'Carlos', 'Clara', 'Cyrus', 'Delia', 'Dorothy', 'Edwin',
  'Elena', 'Emmett', 'Florence', 'Grace', 'Harold', 'Ida', 'Ignatius', 'Isaac', 'Josefa', 'Julian',
  'Katherine', 'Lorenzo', 'Lucy', 'Marcus', 'Margaret', 'Miguel', 'Nora', 'Oscar', 'Pearl', 'Rafael',
  'Rosa', 'Samuel', 'Stanislaw', 'Teresa', 'Thaddeus', 'Vera', 'Walter', 'Wilhelmina', 'Yolanda', 'Zora',
];

const SURNAMES = [
  'Abernathy', 'Alvarado', 'Ashworth', 'Baptiste', 'Barlow', 'Bellamy', 'Birchfield', 'Calloway', 'Castellanos', 'Corrigan',
  'Dabrowski', 'Delgado', 'Drummond', 'Ellery', 'Esposito', 'Fairbanks', 'Fenwick', 'Galloway', 'Greer', 'Halvorsen',
  'Hargrove', 'Ibarra', 'Jablonski', 'Jennings', 'Kaminski', 'Kettering', 'Langford', 'Lindqvist', 'Maddox', 'Mendoza',
  'Nakamura', 'Novak', 'Okafor', 'Oyelaran', 'Pemberton', 'Quintero', 'Radcliffe', 'Renner', 'Saldana', 'Sorensen',
  'Thornbury', 'Underhill', 'Valdivia', 'Wexford', 'Whitcomb', 'Yarbrough', 'Zielinski', 'Ambrose', 'Bettencourt', 'Cardenas',
  'Dunmore', 'Eastman', 'Fitzgerald', 'Gutowski', 'Holloway', 'Iverson', 'Juarez', 'Kowalczyk', 'Lockridge', 'Montgomery',
  'Nwosu', 'Ortega', 'Prescott', 'Ramirez', 'Stanton', 'Trujillo', 'Vandermeer', 'Winslow', 'Ybarra', 'Zamora',
];

const ELEMENTARY_SUFFIXES = {
  'Elementary School': 0.7,
  'Elementary Academy': 0.08,
  'Scholastic Academy': 0.06,
  'Community Academy': 0.06,
  'Fine Arts Elementary School': 0.05,
  'Language Academy': 0.05,
};

const HIGH_SCHOOL_SUFFIXES = {
  'High School': 0.6,
  'College Prep': 0.15,
  'Career Academy High School': 0.1,
  'Academy High School': 0.1,
  'Military Academy High School': 0.05,
};

/** Invented charter operators and option-school providers, with the abbreviation their short names start with. */
const CHARTER_OPERATORS = [
  { name: 'Prairie Path', short: 'PRAIRIE PATH' },
  { name: 'Northstar Scholars', short: 'NORTHSTAR' },
  { name: 'Lakefront Promise', short: 'LAKEFRONT' },
  { name: 'Beacon Ridge', short: 'BEACON' },
  { name: 'Horizon Learning', short: 'HORIZON' },
  { name: 'Union Square', short: 'UNION SQ' },
  { name: 'Cornerstone Collegiate', short: 'CORNERSTONE' },
  { name: 'Bright Harbor', short: 'BRIGHT HARBOR' },
  { name: 'Summit Trail', short: 'SUMMIT' },
  { name: 'Great Lakes Leadership', short: 'GLLA' },
];

const OPTIONS_PROVIDERS = [
  { name: 'Reengagement Pathways', short: 'PATHWAYS' },
  { name: 'New Start Academy', short: 'NEW START' },
  { name: 'Open Door Learning', short: 'OPEN DOOR' },
  { name: 'Fresh Chapter Academy', short: 'FRESH CHAPTER' },
];

/** Draws before giving up on a unique name. The lists give about 1,700 short names per category, for a few hundred schools. */
const MAX_NAME_ATTEMPTS = 1000;

/** Creates school names and keeps long and short names unique across the district. */
class NameRegistry {
  private readonly longNames = new Set<string>();
  private readonly shortNames = new Set<string>();

  /**
   * Draws a place and an unused name. Charter and options names include the street, so a busy
   * street can run out of them; another place is drawn then.
   */
  createWithPlace(naming: GroupPlan['naming'], category: SchoolCategory, random: SeededRandom): { place: Place; longName: string; shortName: string } {
    for (let attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt += 1) {
      const place = generatePlace(random);
      const candidate = this.candidate(naming, category, place.streetName, random);
      if (this.longNames.has(candidate.longName)) continue;

      const shortName = [candidate.shortName, candidate.alternateShortName].find((name) => !this.shortNames.has(name));
      if (shortName === undefined) continue;

      this.longNames.add(candidate.longName);
      this.shortNames.add(shortName);

      return { place, longName: candidate.longName, shortName };
    }

    throw new Error(`No unused ${naming} ${category} school name left after ${MAX_NAME_ATTEMPTS} attempts: add names to the lists in demo-district.ts`);
  }

  private candidate(naming: GroupPlan['naming'], category: SchoolCategory, streetName: string, random: SeededRandom) {
    const kind = { ES: 'School', MS: 'Middle School', HS: 'High School' }[category];
    const tag = { ES: '', MS: ' MS', HS: ' HS' }[category];

    if (naming === 'charter') {
      const operator = random.pick(CHARTER_OPERATORS);
      const short = `${operator.short} - ${streetName.toUpperCase()}`;

      return { longName: `${operator.name} Charter ${kind} - ${streetName} Campus`, shortName: short + tag, alternateShortName: `${short} CAMPUS${tag}` };
    }
    if (naming === 'options') {
      const provider = random.pick(OPTIONS_PROVIDERS);
      const short = `${provider.short} - ${streetName.toUpperCase()}`;

      return { longName: `${provider.name} - ${streetName} Campus ${category}`, shortName: short + tag, alternateShortName: `${short} CAMPUS${tag}` };
    }

    const first = random.pick(FIRST_NAMES);
    const surname = random.pick(SURNAMES);
    const upper = surname.toUpperCase();
    if (naming === 'contract') {
      const field = random.pick(['Technology', 'Learning', 'Arts']);

      return { longName: `${surname} ${field} Academy${tag}`, shortName: `${upper} ACADEMY${tag}`, alternateShortName: `${upper} ${first[0]} ACADEMY${tag}` };
    }

    let suffix = 'Middle School';
    if (category === 'ES') suffix = random.weighted(ELEMENTARY_SUFFIXES);
    if (category === 'HS') suffix = random.weighted(HIGH_SCHOOL_SUFFIXES);

    return { longName: `${first} ${surname} ${suffix}`, shortName: upper + tag, alternateShortName: `${upper} ${first[0]}${tag}` };
  }
}

// --- Places on Chicago's address grid -----------------------------------------------------

/**
 * Chicago numbers addresses from State Street (east–west) and Madison Street (north–south), 800 to
 * the mile. Here x grows westward and y northward, in those address units, so `4420 S KEDZIE AVE`
 * is x = 3200, y = -4420.
 */
const GRID_ORIGIN = { latitude: 41.8819, longitude: -87.6278 };
const ADDRESS_UNITS_PER_MILE = 800;
const MILES_PER_DEGREE_LATITUDE = 69.05;
/** At the origin's latitude: 69.17 × cos(41.88°). */
const MILES_PER_DEGREE_LONGITUDE = 51.5;

/** A street and the stretch of it, on the other axis, that lies inside the city. */
interface GridStreet {
  name: string;
  /** Grid coordinate of the street itself: x for a north–south street, y for an east–west one. */
  position: number;
  from: number;
  to: number;
}

/** Arterial streets running north–south, with the y range they cover in the city (approximate). */
const NORTH_SOUTH_STREETS: GridStreet[] = [
  { name: 'HALSTED ST', position: 800, from: -11900, to: 3800 },
  { name: 'ASHLAND AVE', position: 1600, from: -8700, to: 7400 },
  { name: 'DAMEN AVE', position: 2000, from: -8700, to: 7100 },
  { name: 'WESTERN AVE', position: 2400, from: -11900, to: 7500 },
  { name: 'CALIFORNIA AVE', position: 2800, from: -7900, to: 7300 },
  { name: 'KEDZIE AVE', position: 3200, from: -8700, to: 7000 },
  { name: 'PULASKI RD', position: 4000, from: -8700, to: 6300 },
  { name: 'CICERO AVE', position: 4800, from: -8700, to: 6300 },
  { name: 'CENTRAL AVE', position: 5600, from: -6300, to: 6300 },
  { name: 'AUSTIN AVE', position: 6000, from: 0, to: 6300 },
  { name: 'HARLEM AVE', position: 7200, from: 1600, to: 6300 },
  { name: 'COTTAGE GROVE AVE', position: -800, from: -13000, to: -2200 },
  { name: 'STONY ISLAND AVE', position: -1600, from: -12700, to: -5600 },
  { name: 'JEFFERY BLVD', position: -2000, from: -9500, to: -6700 },
  { name: 'EWING AVE', position: -3600, from: -11800, to: -9500 },
];

/** Arterial streets running east–west, with the x range they cover in the city (approximate). */
const EAST_WEST_STREETS: GridStreet[] = [
  { name: 'TOUHY AVE', position: 7200, from: 1200, to: 2800 },
  { name: 'DEVON AVE', position: 6400, from: 1200, to: 7200 },
  { name: 'FOSTER AVE', position: 5200, from: 800, to: 7200 },
  { name: 'LAWRENCE AVE', position: 4800, from: 800, to: 8400 },
  { name: 'IRVING PARK RD', position: 4000, from: 600, to: 8400 },
  { name: 'BELMONT AVE', position: 3200, from: 400, to: 7200 },
  { name: 'FULLERTON AVE', position: 2400, from: 400, to: 7200 },
  { name: 'ARMITAGE AVE', position: 2000, from: 400, to: 7200 },
  { name: 'NORTH AVE', position: 1600, from: 200, to: 7200 },
  { name: 'DIVISION ST', position: 1200, from: 0, to: 5900 },
  { name: 'CHICAGO AVE', position: 800, from: -200, to: 5900 },
  { name: 'MADISON ST', position: 0, from: 100, to: 5900 },
  { name: 'ROOSEVELT RD', position: -1200, from: -200, to: 5900 },
  { name: 'CERMAK RD', position: -2200, from: -300, to: 4800 },
];

/** Rectangles of land inside the city, as x and y ranges; together they trace its shape roughly. */
const CITY_AREAS = [
  { x: [0, 5900], y: [0, 2400] },
  { x: [800, 7200], y: [2400, 6400] },
  { x: [1300, 2800], y: [6400, 7500] },
  { x: [0, 5600], y: [-3100, 0] },
  { x: [-400, 5600], y: [-4700, -3100] },
  { x: [-1600, 5600], y: [-6300, -4700] },
  { x: [-2400, 6000], y: [-7900, -6300] },
  { x: [-3000, 4000], y: [-9500, -7900] },
  { x: [-3600, 4000], y: [-11900, -9500] },
  { x: [-3600, -400], y: [-13000, -11900] },
] as const;

/** South of 31st Street an east–west street runs every 100 address units, named by its number (`54TH ST`). */
const NUMBERED_STREETS_FROM = -3100;

/** ZIP codes of Chicago by band of y, north to south: a school's ZIP is on its side of the city, not necessarily its own neighborhood's. */
const ZIP_BANDS: Array<{ northOf: number; zips: string[] }> = [
  { northOf: 1600, zips: ['60613', '60614', '60618', '60625', '60626', '60630', '60640', '60641', '60645', '60646', '60647', '60657', '60659', '60660'] },
  { northOf: -2200, zips: ['60607', '60608', '60612', '60622', '60623', '60624', '60639', '60644', '60651'] },
  { northOf: -7100, zips: ['60609', '60615', '60616', '60621', '60629', '60632', '60636', '60637', '60638', '60653'] },
  { northOf: -Infinity, zips: ['60617', '60619', '60620', '60628', '60643', '60649', '60652', '60655', '60827'] },
];

interface Place {
  address: string;
  /** Street name for campus names, such as `Kedzie` or `54th Street`. */
  streetName: string;
  zip: string;
  latitude: number;
  longitude: number;
}

/** Picks a point in the city, moves it onto a street and returns its address and coordinates. */
function generatePlace(random: SeededRandom): Place {
  const areaWeights = CITY_AREAS.map((area) => (area.x[1] - area.x[0]) * (area.y[1] - area.y[0]));
  const area = CITY_AREAS[random.weightedIndex(areaWeights)] as (typeof CITY_AREAS)[number];
  const x = Math.round(area.x[0] + random.next() * (area.x[1] - area.x[0]));
  const y = Math.round(area.y[0] + random.next() * (area.y[1] - area.y[0]));

  const onStreet = y <= NUMBERED_STREETS_FROM && random.next() < 0.5 ? onNumberedStreet(x, y) : onNearestArterial(x, y);
  const { latitude, longitude } = gridToCoordinates(onStreet.x, onStreet.y);
  const zip = random.pick((ZIP_BANDS.find((band) => onStreet.y > band.northOf) as (typeof ZIP_BANDS)[number]).zips);

  return { address: onStreet.address, streetName: onStreet.streetName, zip, latitude, longitude };
}

interface StreetPoint {
  x: number;
  y: number;
  address: string;
  streetName: string;
}

function onNumberedStreet(x: number, y: number): StreetPoint {
  const streetY = Math.round(y / 100) * 100;
  const street = `${ordinal(-streetY / 100)} ST`;

  return { x, y: streetY, address: `${houseNumber(x)} ${x >= 0 ? 'W' : 'E'} ${street}`, streetName: `${ordinal(-streetY / 100).toLowerCase()} Street` };
}

/** Moves the point onto the closest arterial street that passes it; one always does within CITY_AREAS. */
function onNearestArterial(x: number, y: number): StreetPoint {
  const northSouth = nearest(NORTH_SOUTH_STREETS, x, y);
  const eastWest = nearest(EAST_WEST_STREETS, y, x);

  if (eastWest === undefined || (northSouth !== undefined && Math.abs(northSouth.position - x) <= Math.abs(eastWest.position - y))) {
    const street = northSouth as GridStreet;

    return { x: street.position, y, address: `${houseNumber(y)} ${y >= 0 ? 'N' : 'S'} ${street.name}`, streetName: titleCase(street.name) };
  }

  return { x, y: eastWest.position, address: `${houseNumber(x)} ${x >= 0 ? 'W' : 'E'} ${eastWest.name}`, streetName: titleCase(eastWest.name) };
}

/** Finds the street closest to `across` among those whose range covers `along`. */
function nearest(streets: GridStreet[], across: number, along: number): GridStreet | undefined {
  let best: GridStreet | undefined;
  for (const street of streets) {
    if (along < street.from || along > street.to) continue;
    if (best === undefined || Math.abs(street.position - across) < Math.abs(best.position - across)) best = street;
  }

  return best;
}

function houseNumber(gridCoordinate: number): number {
  return Math.max(1, Math.abs(gridCoordinate));
}

/** `Kedzie` from `KEDZIE AVE`, `Irving Park` from `IRVING PARK RD`. */
function titleCase(streetName: string): string {
  const words = streetName.split(' ').slice(0, -1);

  return words.map((word) => word[0] + word.slice(1).toLowerCase()).join(' ');
}

/** `31ST`, `52ND`, `63RD`, `111TH`. */
function ordinal(number: number): string {
  const lastTwo = number % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'TH' : ({ 1: 'ST', 2: 'ND', 3: 'RD' } as Record<number, string>)[number % 10] ?? 'TH';

  return `${number}${suffix}`;
}

/** Approximate latitude and longitude, rounded to 6 decimals (about 0.1 m). */
function gridToCoordinates(x: number, y: number): { latitude: number; longitude: number } {
  const latitude = GRID_ORIGIN.latitude + y / ADDRESS_UNITS_PER_MILE / MILES_PER_DEGREE_LATITUDE;
  const longitude = GRID_ORIGIN.longitude - x / ADDRESS_UNITS_PER_MILE / MILES_PER_DEGREE_LONGITUDE;

  return { latitude: Number(latitude.toFixed(6)), longitude: Number(longitude.toFixed(6)) };
}
