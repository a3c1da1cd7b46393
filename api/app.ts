import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation.pipe';
import type { ResolvedConfig } from './config/config';

export const API_PREFIX = 'api';

/** Builds the API application (routes under `/api`, OpenAPI at `/api/docs`) without listening. */
export async function createApiApp(config: ResolvedConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  // In-flight cases are imported as a CSV body.
  app.useBodyParser('text', { type: ['text/csv', 'text/plain'], limit: '10mb' });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Baton API')
      .setDescription('Process orchestration for a school district: areas, schools, and the processes that run on them.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs/openapi.json` });

  return app;
}
