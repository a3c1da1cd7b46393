import { ConflictException, ForbiddenException, HttpException, UnprocessableEntityException } from '@nestjs/common';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { RejectionKind } from '../../workflows/expulsion/actions';

/** Maps a rejection from the workflow's rules to its HTTP status, keeping the workflow's message. */
export function rejectionToHttp(kind: RejectionKind, message: string): HttpException {
  switch (kind) {
    case 'wrong_stage':
      return new ConflictException(message);
    case 'forbidden':
      return new ForbiddenException(message);
    case 'invalid_data':
      return new UnprocessableEntityException(message);
  }
}

/** Turns an update rejected by the workflow's validator or handler into an HTTP error; other errors pass through. */
export function updateFailureToHttp(error: unknown): unknown {
  if (!(error instanceof WorkflowUpdateFailedError)) return error;

  const cause = error.cause;
  if (cause instanceof ApplicationFailure && isRejectionKind(cause.type)) return rejectionToHttp(cause.type, cause.message);

  return error;
}

function isRejectionKind(value: unknown): value is RejectionKind {
  return value === 'wrong_stage' || value === 'forbidden' || value === 'invalid_data';
}
