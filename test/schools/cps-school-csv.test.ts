import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  MalformedSchoolCsvError,
  NotSchoolProfileCsvError,
  UnreadableSchoolCsvError,
  areaForNetwork,
  parseSchoolProfileCsv,
  readSchoolProfileCsvFile,
} from '../../api/schools/import/cps-school-csv';
import { fixturePath, sampleSchoolRow, schoolProfileCsv } from '../fixtures/schools/school-profile-csv';

/** Parses CSV text, fed to the parser in chunks of `chunkSize` bytes to exercise chunk boundaries. */
function parseText(text: string, chunkSize = 64 * 1024) {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += chunkSize) chunks.push(bytes.subarray(start, start + chunkSize));

  return parseSchoolProfileCsv(Readable.from(chunks), 'test.csv');
}

describe('readSchoolProfileCsvFile', () => {
  it('reads columns by header name in any order', async () => {
    const { records, rejected } = await readSchoolProfileCsvFile(fixturePath('reordered-columns.csv'));

    expect(rejected).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      id: '610001',
      network: 'Network 3',
      shortName: 'HARTWELL',
      longName: 'Amelia Hartwell Elementary School',
      primaryCategory: 'ES',
      studentCountTotal: 412,
      latitude: 41.9301,
      longitude: -87.7012,
    });
  });

  it('ignores extra columns and defaults absent optional ones', async () => {
    const { records } = await readSchoolProfileCsvFile(fixturePath('reordered-columns.csv'));

    expect(records[1]).not.toHaveProperty('Extra_Note');
    expect(records[1]?.address).toBe('');
    expect(records[1]?.schoolYear).toBe('');
    expect(records[1]?.studentCountLowIncome).toBe(0);
  });

  it('keeps commas, quotes and line breaks inside quoted fields', async () => {
    const { records } = await readSchoolProfileCsvFile(fixturePath('quoted-fields.csv'));

    expect(records[0]?.shortName).toBe('HARTWELL, A');
    expect(records[0]?.longName).toBe('Hartwell Elementary School, Annex');
    expect(records[0]?.address).toBe('4420 S SACRAMENTO AVE\nSUITE 2\nROOM 101');
    expect(records[1]?.longName).toBe('Okafor "Prep" High School');
  });

  it('rejects a row without School_ID with its line number', async () => {
    const { rejected } = await readSchoolProfileCsvFile(fixturePath('quoted-fields.csv'));

    // The row is the second record, but the three-line address above it puts it on line 5.
    expect(rejected[0]?.line).toBe(5);
    expect(rejected[0]?.schoolId).toBeUndefined();
    expect(rejected[0]?.reason).toBe('School_ID is empty');
  });

  it('rejects a row without Network with its line number', async () => {
    const { rejected } = await readSchoolProfileCsvFile(fixturePath('quoted-fields.csv'));

    expect(rejected[1]).toEqual({ line: 6, schoolId: '610013', reason: 'Network is empty' });
    expect(rejected).toHaveLength(2);
  });

  it('throws a typed error naming the missing headers', async () => {
    const reading = readSchoolProfileCsvFile(fixturePath('not-school-profile.csv'));

    await expect(reading).rejects.toBeInstanceOf(NotSchoolProfileCsvError);
    await expect(reading).rejects.toMatchObject({
      missingHeaders: ['School_ID', 'Short_Name', 'Long_Name', 'Primary_Category', 'Network'],
    });
    await expect(reading).rejects.toThrow("is not a City of Chicago 'School Profile Information' CSV");
    await expect(reading).rejects.toThrow('lacks School_ID, Short_Name, Long_Name, Primary_Category, Network');
  });

  it('throws a typed error for a missing file', async () => {
    const reading = readSchoolProfileCsvFile(fixturePath('no-such-file.csv'));

    await expect(reading).rejects.toBeInstanceOf(UnreadableSchoolCsvError);
    await expect(reading).rejects.toThrow('no-such-file.csv');
  });
});

describe('parseSchoolProfileCsv', () => {
  it('skips a UTF-8 byte-order mark before the header', async () => {
    const { records, rejected } = await parseText(schoolProfileCsv([sampleSchoolRow(1)], { bom: true }));

    expect(rejected).toEqual([]);
    expect(records[0]?.id).toBe('610101');
  });

  it('reads every column of a complete row', async () => {
    const { records } = await parseText(schoolProfileCsv([sampleSchoolRow(1)]));

    expect(records[0]).toEqual({
      id: '610101',
      network: 'Network 2',
      shortName: 'FIXTURE 1',
      longName: 'Fixture 1 Elementary School',
      primaryCategory: 'ES',
      gradesOffered: 'PK,K-8',
      gradesOfferedAll: 'PK,K,1,2,3,4,5,6,7,8',
      studentCountTotal: 301,
      studentCountLowIncome: 200,
      studentCountSpecialEd: 40,
      studentCountEnglishLearners: 30,
      address: '1001 W FIXTURE AVE',
      city: 'Chicago',
      state: 'Illinois',
      zip: '60612',
      phone: '773-555-0100',
      latitude: 41.8801,
      longitude: -87.7002,
      schoolYear: 'School Year 2022-2023',
    });
  });

  it('counts lines right in a CRLF file with CRLF inside quotes', async () => {
    const rows = [
      sampleSchoolRow(1, { Address: '1 W FIRST ST\r\nFLOOR 2\r\nROOM 3' }),
      sampleSchoolRow(2, { School_ID: '' }),
      sampleSchoolRow(3, { Long_Name: 'Two\r\nLine Elementary School' }),
      sampleSchoolRow(4, { Network: '' }),
    ];

    for (const chunkSize of [1, 7, 64 * 1024]) {
      const { rejected } = await parseText(schoolProfileCsv(rows, { lineEnding: '\r\n' }), chunkSize);

      expect(rejected.map((row) => row.line)).toEqual([5, 8]);
    }
  });

  it('skips blank lines and comma-only rows but counts their lines', async () => {
    const csv = schoolProfileCsv([sampleSchoolRow(1)]) + '\n,,,,\n' + schoolProfileCsv([sampleSchoolRow(2, { School_ID: '' })]).split('\n')[1] + '\n';

    const { records, rejected } = await parseText(csv);

    expect(records).toHaveLength(1);
    expect(rejected).toEqual([{ line: 5, reason: 'School_ID is empty' }]);
  });

  it('rejects a duplicate School_ID naming the line of the first', async () => {
    const csv = schoolProfileCsv([sampleSchoolRow(1), sampleSchoolRow(2), sampleSchoolRow(3, { School_ID: '610101' })]);

    const { records, rejected } = await parseText(csv);

    expect(records.map((record) => record.id)).toEqual(['610101', '610102']);
    expect(rejected).toEqual([{ line: 4, schoolId: '610101', reason: 'School_ID "610101" already appears on line 2' }]);
  });

  it('rejects invalid values naming column and value', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ School_ID: 'X-12' }, 'School_ID "X-12" is invalid: expected digits, such as 609958'],
      [{ Primary_Category: 'XS' }, 'Primary_Category "XS" is invalid: expected ES, MS or HS'],
      [{ Primary_Category: '' }, 'Primary_Category is empty: expected ES, MS or HS'],
      [{ Long_Name: '' }, 'Long_Name is empty'],
      [{ Short_Name: ' ' }, 'Short_Name is empty'],
      [{ Network: '---' }, 'Network "---" is invalid: expected letters or digits, such as Network 7'],
      [{ Student_Count_Total: '12a' }, 'Student_Count_Total "12a" is invalid: expected a whole number of students from 0 to 2147483647'],
      [{ Student_Count_Special_Ed: '-3' }, 'Student_Count_Special_Ed "-3" is invalid: expected a whole number of students from 0 to 2147483647'],
      [{ Student_Count_Low_Income: '4.5' }, 'Student_Count_Low_Income "4.5" is invalid: expected a whole number of students from 0 to 2147483647'],
      [{ Student_Count_English_Learners: '9999999999' }, 'Student_Count_English_Learners "9999999999" is invalid: expected a whole number of students from 0 to 2147483647'],
      [{ School_Latitude: '91.5' }, 'School_Latitude "91.5" is invalid: expected decimal degrees from -90 to 90'],
      [{ School_Longitude: 'west' }, 'School_Longitude "west" is invalid: expected decimal degrees from -180 to 180'],
      [{ School_Longitude: '' }, 'School_Longitude is empty although School_Latitude is set: expected both coordinates or neither'],
    ];

    for (const [overrides, reason] of cases) {
      const { records, rejected } = await parseText(schoolProfileCsv([sampleSchoolRow(1, overrides)]));

      expect(records, JSON.stringify(overrides)).toEqual([]);
      expect(rejected, JSON.stringify(overrides)).toEqual([{ line: 2, schoolId: overrides.School_ID ?? '610101', reason }]);
    }
  });

  it('lists every problem of a row in its reason', async () => {
    const csv = schoolProfileCsv([sampleSchoolRow(1, { School_ID: '', Network: '', Primary_Category: 'K8' })]);

    const { rejected } = await parseText(csv);

    expect(rejected[0]?.reason).toBe('School_ID is empty; Network is empty; Primary_Category "K8" is invalid: expected ES, MS or HS');
  });

  it('accepts empty counts and coordinates as defaults', async () => {
    const csv = schoolProfileCsv([sampleSchoolRow(1, { Student_Count_Total: '', School_Latitude: '', School_Longitude: '' })]);

    const { records } = await parseText(csv);

    expect(records[0]?.studentCountTotal).toBe(0);
    expect(records[0]?.latitude).toBeNull();
    expect(records[0]?.longitude).toBeNull();
  });

  it('rejects a row whose field count differs from the header', async () => {
    const csv = 'School_ID,Short_Name,Long_Name,Primary_Category,Network\n610001,A,Alpha School,ES,Network 1,extra\n610002,B,Beta School\n';

    const { records, rejected } = await parseText(csv);

    expect(records).toEqual([]);
    expect(rejected).toEqual([
      { line: 2, schoolId: '610001', reason: 'the row has 6 fields but the header has 5' },
      { line: 3, schoolId: '610002', reason: 'the row has 3 fields but the header has 5' },
    ]);
  });

  it('rejects two spellings of one network', async () => {
    const csv = schoolProfileCsv([sampleSchoolRow(1, { Network: 'Network 7' }), sampleSchoolRow(2, { Network: 'NETWORK 7' })]);

    const { rejected } = await parseText(csv);

    expect(rejected).toEqual([
      {
        line: 3,
        schoolId: '610102',
        reason: 'Network "NETWORK 7" has the same area id "network-7" as "Network 7" on line 2: spell the network the same way on every row',
      },
    ]);
  });

  it('throws a typed error for an unclosed quote', async () => {
    const csv = schoolProfileCsv([sampleSchoolRow(1)]) + '610102,"UNCLOSED,Name,ES,Network 1\n';

    const parsing = parseText(csv);

    await expect(parsing).rejects.toBeInstanceOf(MalformedSchoolCsvError);
    await expect(parsing).rejects.toThrow('test.csv is not valid CSV near line');
  });

  it('throws a typed error for an empty file', async () => {
    const parsing = parseText('');

    await expect(parsing).rejects.toBeInstanceOf(NotSchoolProfileCsvError);
    await expect(parsing).rejects.toThrow('lacks School_ID, Short_Name, Long_Name, Primary_Category, Network');
  });

  it('names a repeated required header', async () => {
    const csv = 'School_ID,Short_Name,Long_Name,Primary_Category,Network,Network\n';

    const parsing = parseText(csv);

    await expect(parsing).rejects.toMatchObject({ missingHeaders: [], duplicateHeaders: ['Network'] });
    await expect(parsing).rejects.toThrow('its header repeats Network');
  });

  it('reports progress every 100 rows and at the end', async () => {
    const rows = Array.from({ length: 250 }, (_, n) => sampleSchoolRow(n));
    const reports: number[] = [];

    await parseSchoolProfileCsv(Readable.from([schoolProfileCsv(rows)]), 'test.csv', { onProgress: (read) => reports.push(read) });

    expect(reports).toEqual([100, 200, 250]);
  });
});

describe('areaForNetwork', () => {
  it.each([
    ['Network 7', 'network-7', 'network'],
    ['Network 17', 'network-17', 'network'],
    ['Charter', 'charter', 'charter'],
    ['Options', 'options', 'options'],
    ['Contract', 'contract', 'contract'],
    ['ISP', 'isp', 'other'],
    ['AUSL', 'ausl', 'other'],
  ])('maps %s to area %s of kind %s', (network, id, kind) => {
    expect(areaForNetwork(network)).toEqual({ id, name: network, kind });
  });
});
