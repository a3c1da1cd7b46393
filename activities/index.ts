import type { DataSource } from 'typeorm';
import { createExpulsionActivities } from './expulsion/expulsion.activities';
import { createProbeActivities } from './probe.activities';

/** Dependencies every activity is built from, so tests can pass real or fake ones. */
export interface ActivityDependencies {
  dataSource: DataSource;
  /** IANA zone of the district, in which school days and deadlines are computed. */
  timeZone: string;
}

/** All activities the worker registers. */
export function createActivities(dependencies: ActivityDependencies) {
  return {
    ...createProbeActivities(dependencies.dataSource),
    ...createExpulsionActivities(dependencies),
  };
}
