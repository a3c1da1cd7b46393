import { HttpStatus, UnprocessableEntityException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldProblem } from './problem-details.filter';

/** Validates DTOs with class-validator and answers 422 with one entry per invalid field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    errorHttpStatusCode: HttpStatus.UNPROCESSABLE_ENTITY,
    exceptionFactory: (validationErrors) => {
      const errors = flatten(validationErrors);

      return new UnprocessableEntityException({ message: errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors });
    },
  });
}

function flatten(validationErrors: ValidationError[], prefix = ''): FieldProblem[] {
  return validationErrors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));

    return [...own, ...flatten(error.children ?? [], field)];
  });
}
