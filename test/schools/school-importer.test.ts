import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Area } from '../../api/areas/area.entity';
import { NotSchoolProfileCsvError, type SchoolRecord } from '../../api/schools/import/cps-school-csv';
import { RejectedRowsError, SchoolImporter, type ImportProgress } from '../../api/schools/import/school-importer';
import { School } from '../../api/schools/school.entity';
import { generateDemoDistrict } from '../../infra/demo/demo-district';
import { createTempFolder, fixturePath, sampleSchoolRow, schoolProfileCsv, type TempFolder } from '../fixtures/schools/school-profile-csv';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let dataSource: DataSource;
let importer: SchoolImporter;
let files: TempFolder;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = database.dataSource;
  importer = new SchoolImporter(dataSource);
  files = await createTempFolder();
});

afterAll(async () => {
  await files?.remove();
  await database?.drop();
});

beforeEach(async () => {
  await dataSource.query('TRUNCATE users, schools, areas CASCADE');
});

/** Five invented schools: two in Network 2, two in Network 3 and one in Network 4. */
function fiveSchoolRows(overrides: Record<number, Record<string, string>> = {}) {
  return [1, 2, 3, 4, 5].map((n) => sampleSchoolRow(n, { Network: `Network ${Math.ceil(n / 2) + 1}`, ...overrides[n] }));
}

async function countRows(): Promise<{ areas: number; schools: number }> {
  return { areas: await dataSource.getRepository(Area).count(), schools: await dataSource.getRepository(School).count() };
}

describe('SchoolImporter.importFile', () => {
  it('creates areas and schools from a file', async () => {
    const path = await files.write('five.csv', schoolProfileCsv(fiveSchoolRows()));

    const summary = await importer.importFile(path);

    expect(summary.areas).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(summary.schools).toEqual({ created: 5, updated: 0, unchanged: 0 });
    expect(summary.rejected).toEqual([]);
    expect(await countRows()).toEqual({ areas: 3, schools: 5 });
  });

  it('stores every imported field', async () => {
    const path = await files.write('one.csv', schoolProfileCsv([sampleSchoolRow(1, { Address: '1 W FIRST ST\nSUITE 2' })]));

    await importer.importFile(path);

    const school = await dataSource.getRepository(School).findOneByOrFail({ id: '610101' });
    expect(school).toMatchObject({
      areaId: 'network-2',
      shortName: 'FIXTURE 1',
      longName: 'Fixture 1 Elementary School',
      primaryCategory: 'ES',
      gradesOffered: 'PK,K-8',
      gradesOfferedAll: 'PK,K,1,2,3,4,5,6,7,8',
      studentCountTotal: 301,
      studentCountLowIncome: 200,
      studentCountSpecialEd: 40,
      studentCountEnglishLearners: 30,
      address: '1 W FIRST ST\nSUITE 2',
      city: 'Chicago',
      state: 'Illinois',
      zip: '60612',
      phone: '773-555-0100',
      latitude: 41.8801,
      longitude: -87.7002,
      schoolYear: 'School Year 2022-2023',
    });
    expect(await dataSource.getRepository(Area).findOneByOrFail({ id: 'network-2' })).toMatchObject({ name: 'Network 2', kind: 'network' });
  });

  it('reports everything unchanged on a re-import', async () => {
    const path = await files.write('five.csv', schoolProfileCsv(fiveSchoolRows()));
    await importer.importFile(path);

    const summary = await importer.importFile(path);

    expect(summary.areas).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(summary.schools).toEqual({ created: 0, updated: 0, unchanged: 5 });
  });

  it('updates only the school whose enrollment changed', async () => {
    await importer.importFile(await files.write('before.csv', schoolProfileCsv(fiveSchoolRows())));
    const before = await dataSource.getRepository(School).find({ order: { id: 'ASC' } });

    const after = await files.write('after.csv', schoolProfileCsv(fiveSchoolRows({ 3: { Student_Count_Total: '999' } })));
    const summary = await importer.importFile(after);

    expect(summary.schools).toEqual({ created: 0, updated: 1, unchanged: 4 });
    expect(summary.areas).toEqual({ created: 0, updated: 0, unchanged: 3 });
    const stored = await dataSource.getRepository(School).find({ order: { id: 'ASC' } });
    expect(stored.find((school) => school.id === '610103')?.studentCountTotal).toBe(999);
    const moved = stored.filter((school, index) => school.updatedAt.getTime() !== before[index]?.updatedAt.getTime());
    expect(moved.map((school) => school.id)).toEqual(['610103']);
  });

  it('moves a school to another area', async () => {
    await importer.importFile(await files.write('before.csv', schoolProfileCsv(fiveSchoolRows())));

    const summary = await importer.importFile(await files.write('after.csv', schoolProfileCsv(fiveSchoolRows({ 1: { Network: 'AUSL' } }))));

    expect(summary.areas).toEqual({ created: 1, updated: 0, unchanged: 3 });
    expect(summary.schools).toEqual({ created: 0, updated: 1, unchanged: 4 });
    expect((await dataSource.getRepository(School).findOneByOrFail({ id: '610101' })).areaId).toBe('ausl');
  });

  it('updates an area whose stored kind differs', async () => {
    await importer.importFile(await files.write('five.csv', schoolProfileCsv(fiveSchoolRows())));
    await dataSource.getRepository(Area).update({ id: 'network-3' }, { kind: 'other' });

    const summary = await importer.importFile(await files.write('five.csv', schoolProfileCsv(fiveSchoolRows())));

    expect(summary.areas).toEqual({ created: 0, updated: 1, unchanged: 2 });
    expect((await dataSource.getRepository(Area).findOneByOrFail({ id: 'network-3' })).kind).toBe('network');
  });

  it('keeps schools that the file does not mention', async () => {
    await importer.importFile(await files.write('five.csv', schoolProfileCsv(fiveSchoolRows())));

    const summary = await importer.importFile(await files.write('two.csv', schoolProfileCsv(fiveSchoolRows().slice(0, 2))));

    expect(summary.schools).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect((await countRows()).schools).toBe(5);
  });

  it('throws on a file of another format and writes nothing', async () => {
    await importer.importFile(await files.write('five.csv', schoolProfileCsv(fiveSchoolRows())));

    const importing = importer.importFile(fixturePath('not-school-profile.csv'));

    await expect(importing).rejects.toBeInstanceOf(NotSchoolProfileCsvError);
    await expect(importing).rejects.toThrow('lacks School_ID, Short_Name, Long_Name, Primary_Category, Network');
    expect(await countRows()).toEqual({ areas: 3, schools: 5 });
  });

  it('imports the valid rows and reports the rejected ones', async () => {
    const summary = await importer.importFile(fixturePath('quoted-fields.csv'));

    expect(summary.schools).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(summary.rejected.map((row) => row.line)).toEqual([5, 6]);
    expect(summary.rejected.map((row) => row.reason)).toEqual(['School_ID is empty', 'Network is empty']);
    expect((await countRows()).schools).toBe(2);
  });

  it('writes nothing in strict mode when a row is rejected', async () => {
    const importing = importer.importFile(fixturePath('quoted-fields.csv'), { strict: true });

    await expect(importing).rejects.toBeInstanceOf(RejectedRowsError);
    await expect(importing).rejects.toMatchObject({ rejected: [{ line: 5 }, { line: 6 }] });
    expect(await countRows()).toEqual({ areas: 0, schools: 0 });
  });

  it('imports a clean file in strict mode', async () => {
    const summary = await importer.importFile(await files.write('five.csv', schoolProfileCsv(fiveSchoolRows())), { strict: true });

    expect(summary.schools.created).toBe(5);
  });

  it('reports progress while reading and saving', async () => {
    const rows = Array.from({ length: 250 }, (_, n) => sampleSchoolRow(n));
    const path = await files.write('many.csv', schoolProfileCsv(rows));
    const reports: ImportProgress[] = [];

    await importer.importFile(path, { onProgress: (progress) => reports.push(progress) });

    expect(reports).toEqual([
      { phase: 'reading', done: 100 },
      { phase: 'reading', done: 200 },
      { phase: 'reading', done: 250 },
      { phase: 'saving', done: 100, total: 250 },
      { phase: 'saving', done: 200, total: 250 },
      { phase: 'saving', done: 250, total: 250 },
    ]);
  });

  it('lets two imports at once finish one after the other', async () => {
    const path = await files.write('five.csv', schoolProfileCsv(fiveSchoolRows()));

    const [first, second] = await Promise.all([importer.importFile(path), importer.importFile(path)]);

    expect(first.schools.created + second.schools.created).toBe(5);
    expect(first.schools.unchanged + second.schools.unchanged).toBe(5);
  });
});

describe('SchoolImporter.importRecords', () => {
  it('imports the demo district, then finds it unchanged', async () => {
    const district = generateDemoDistrict();

    const first = await importer.importRecords(district);
    const second = await importer.importRecords(district);

    expect(first.schools.created).toBe(district.length);
    expect(first.areas.created).toBe(22);
    expect(second.schools).toEqual({ created: 0, updated: 0, unchanged: district.length });
    expect(second.areas).toEqual({ created: 0, updated: 0, unchanged: 22 });
  });

  it('rolls back every write when one fails', async () => {
    const district = generateDemoDistrict();
    const broken: SchoolRecord[] = [...district.slice(0, 300), { ...(district[300] as SchoolRecord), studentCountTotal: -1 }];

    await expect(importer.importRecords(broken)).rejects.toThrow(/student_count_total/);
    expect(await countRows()).toEqual({ areas: 0, schools: 0 });
  });

  it('throws on a School_ID passed twice', async () => {
    const [school] = generateDemoDistrict();

    await expect(importer.importRecords([school as SchoolRecord, school as SchoolRecord])).rejects.toThrow(/appears twice/);
  });

  it('imports nothing from an empty list', async () => {
    const summary = await importer.importRecords([]);

    expect(summary.schools).toEqual({ created: 0, updated: 0, unchanged: 0 });
    expect(summary.areas).toEqual({ created: 0, updated: 0, unchanged: 0 });
  });
});

const realFile = process.env.BATON_SCHOOLS_CSV;

describe.runIf(realFile)('the City of Chicago SY2022-23 School Profile file', () => {
  it('imports 655 schools in 22 areas, then finds them unchanged', async () => {
    const path = realFile as string;

    const first = await importer.importFile(path);
    const second = await importer.importFile(path);

    expect(first.rejected).toEqual([]);
    expect(first.schools).toEqual({ created: 655, updated: 0, unchanged: 0 });
    expect(first.areas).toEqual({ created: 22, updated: 0, unchanged: 0 });
    expect(second.rejected).toEqual([]);
    expect(second.schools).toEqual({ created: 0, updated: 0, unchanged: 655 });
    expect(second.areas).toEqual({ created: 0, updated: 0, unchanged: 22 });
    expect(await countRows()).toEqual({ areas: 22, schools: 655 });
  });

  it('gives the numbered networks the kind network', async () => {
    await importer.importFile(realFile as string);

    const kinds = await dataSource.query<{ kind: string; count: number }[]>('SELECT kind, count(*)::int AS count FROM areas GROUP BY kind ORDER BY kind');

    expect(kinds).toEqual([
      { kind: 'charter', count: 1 },
      { kind: 'contract', count: 1 },
      { kind: 'network', count: 17 },
      { kind: 'options', count: 1 },
      { kind: 'other', count: 2 },
    ]);
  });
});
