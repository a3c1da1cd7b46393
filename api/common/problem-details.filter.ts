import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

/** One invalid field of a request, as listed in a problem-details body. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Writes every error as an RFC 9457 problem-details body. HTTP exceptions keep their status and
 * message; anything else is logged with the request id and returned as a generic 500.
 * FieldProblem entries of a 422 come in the `errors` member.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request & { id?: string }>();
    const response = context.getResponse<Response>();

    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    const { detail, extensions } = describe(exception);
    if (!(exception instanceof HttpException)) {
      this.logger.error({ err: exception, requestId: request.id, path: request.path }, 'request failed');
    }

    response
      .status(status)
      .type('application/problem+json')
      .json({
        type: 'about:blank',
        title: HttpStatus[status]?.toString().replace(/_/g, ' ').toLowerCase().replace(/^\w/, (c) => c.toUpperCase()) ?? 'Error',
        status,
        detail: status >= 500 ? 'The server failed to handle the request; the error is logged with this request id.' : detail,
        instance: request.originalUrl,
        requestId: request.id,
        ...extensions,
      });
  }
}

/**
 * Takes the detail from an HTTP exception's message; other members of its body (such as `errors`,
 * a list of FieldProblem, or the health check's `details`) become extension members.
 */
function describe(exception: unknown): { detail: string; extensions: Record<string, unknown> } {
  if (!(exception instanceof HttpException)) return { detail: 'Internal server error', extensions: {} };

  const body = exception.getResponse();
  if (typeof body === 'string') return { detail: body, extensions: {} };

  const { message, error: _error, statusCode: _statusCode, ...extensions } = body as Record<string, unknown>;
  const detail = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;

  return { detail, extensions };
}
