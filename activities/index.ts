import type { DataSource } from 'typeorm';
import { createProbeActivities } from './probe.activities';

/** Dependencies every activity is built from, so tests can pass real or fake ones. */
export interface ActivityDependencies {
  dataSource: DataSource;
}

/** All activities the worker registers. */
export function createActivities(dependencies: ActivityDependencies) {
  return {
    ...createProbeActivities(dependencies.dataSource),
  };
}
