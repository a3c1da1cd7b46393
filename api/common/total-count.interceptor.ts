import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import type { Page } from './list-query';

/** Sends a `Page` as its rows, with the total in `X-Total-Count` as json-server does. */
@Injectable()
export class TotalCountInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler<Page<unknown>>): Observable<unknown[]> {
    const response = context.switchToHttp().getResponse<Response>();

    return next.handle().pipe(
      map((page) => {
        response.setHeader('X-Total-Count', String(page.total));
        response.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');

        return page.rows;
      }),
    );
  }
}
