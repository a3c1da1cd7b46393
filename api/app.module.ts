import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AnalyticsModule } from './analytics/analytics.module';
import { AreasModule } from './areas/areas.module';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { EscalationsModule } from './escalations/escalations.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PoliciesModule } from './policies/policies.module';
import { TasksModule } from './tasks/tasks.module';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { projectRoot } from './common/project-root';
import type { ResolvedConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { HealthModule } from './health/health.module';
import { SchoolsModule } from './schools/schools.module';
import { TemporalModule } from './temporal/temporal.module';

/** Folder of the built admin UI (`vite build`), served at `/` when it exists. */
export const ADMIN_UI_DIST = join(projectRoot(), 'admin-ui', 'dist');

@Module({})
export class AppModule {
  static forRoot(config: ResolvedConfig): DynamicModule {
    const adminUi = existsSync(ADMIN_UI_DIST)
      ? [ServeStaticModule.forRoot({ rootPath: ADMIN_UI_DIST, exclude: ['/api/{*path}'] })]
      : [];

    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          // Named wildcard, as path-to-regexp 8 (Express 5) expects; the library's default '*' logs a warning.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            genReqId: (request, response) => {
              const id = (request.headers['x-request-id'] as string | undefined) ?? randomUUID();
              response.setHeader('X-Request-Id', id);

              return id;
            },
            // Requests are logged by id, method and path only: headers carry tokens and a query may carry a searched name.
            serializers: {
              req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, path: request.url.split('?')[0] }),
              res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
            },
            autoLogging: { ignore: (request) => request.url === '/api/health' },
          },
        }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), migrationsRun: true, migrationsTransactionMode: 'each' }),
        // Generous per client address: a school's or an office's staff share one address behind NAT.
        ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 3_000 }]),
        TemporalModule,
        AuthModule,
        AreasModule,
        AnalyticsModule,
        SchoolsModule,
        CasesModule,
        EscalationsModule,
        TasksModule,
        PoliciesModule,
        NotificationsModule,
        HealthModule,
        ...adminUi,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_GUARD, useClass: ThrottlerGuard },
      ],
    };
  }
}
