import type { DataSource } from 'typeorm';

/** Builds the activities of the worker probe around a data source. */
export function createProbeActivities(dataSource: DataSource) {
  return {
    async describeDistrict(): Promise<{ areas: number; schools: number }> {
      const [row] = await dataSource.query<{ areas: number; schools: number }[]>(
        'SELECT (SELECT count(*) FROM areas)::int AS areas, (SELECT count(*) FROM schools)::int AS schools',
      );

      return row;
    },
  };
}
