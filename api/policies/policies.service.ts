import { ForbiddenException, Injectable, Logger, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { loadCurrentPolicy, normalizePolicy, type SlaPolicy } from './sla-policy';

const PROCESSES = ['expulsion'] as const;

/**
 * SLA policies are data: saving one adds a version, which the workflows read when a stage is
 * entered, so stages entered afterwards use it without a redeploy. Everyone may read; central office writes.
 */
@Injectable()
export class PoliciesService {
  private readonly logger = new Logger(PoliciesService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(_user: AuthenticatedUser, process: string): Promise<SlaPolicy> {
    return loadCurrentPolicy(this.dataSource, checkProcess(process));
  }

  async put(user: AuthenticatedUser, process: string, body: unknown): Promise<SlaPolicy> {
    if (user.role !== 'central_office') throw new ForbiddenException(`Only central office changes SLA policies; the ${user.role} role may read them.`);
    const known = checkProcess(process);

    const current = await loadCurrentPolicy(this.dataSource, known);
    const { policy, problems } = normalizePolicy(body, current.document);
    if (!policy) throw new UnprocessableEntityException(problems.join(' '));

    await this.dataSource.query(
      `INSERT INTO sla_policies (process, version, document, created_by)
       SELECT $1, coalesce(max(version), 0) + 1, $2, $3 FROM sla_policies WHERE process = $1`,
      [known, policy, user.id],
    );
    const saved = await loadCurrentPolicy(this.dataSource, known);
    this.logger.log({ process: known, version: saved.version, userId: user.id }, 'SLA policy saved');

    return saved;
  }
}

function checkProcess(process: string): 'expulsion' {
  if (!(PROCESSES as readonly string[]).includes(process)) throw new NotFoundException(`No SLA policy for "${process}"; processes with policies: ${PROCESSES.join(', ')}.`);

  return process as 'expulsion';
}
