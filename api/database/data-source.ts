import { DataSource, type DataSourceOptions } from 'typeorm';
import { Area } from '../areas/area.entity';
import { User } from '../auth/user.entity';
import { Closure } from '../calendar/closure.entity';
import { SchoolYear } from '../calendar/school-year.entity';
import { School } from '../schools/school.entity';
import { CreateDistrict1764878400000 } from './migrations/1764878400000-CreateDistrict';
import { CreateSchoolCalendar1764921600000 } from './migrations/1764921600000-CreateSchoolCalendar';
import { CreateReadModel1764964800000 } from './migrations/1764964800000-CreateReadModel';

export const ENTITIES = [Area, School, User, SchoolYear, Closure];
export const MIGRATIONS = [CreateDistrict1764878400000, CreateSchoolCalendar1764921600000, CreateReadModel1764964800000];

/** TypeORM options for Baton's database. The schema comes from migrations only, never `synchronize`. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: ['error', 'migration'],
    extra: { max: 10, application_name: 'baton' },
  };
}

/** Opens a connection pool and applies pending migrations. */
export async function openDatabase(databaseUrl: string): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });

  return dataSource;
}
