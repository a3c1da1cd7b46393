import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { temporal as proto } from '@temporalio/proto';
import { openDatabase } from '../../api/database/data-source';
import { SchoolImporter } from '../../api/schools/import/school-importer';
import { projectRoot } from '../../api/common/project-root';
import { createDataConverter } from '../../api/temporal/encryption-codec';
import { createLogger } from '../../infra/logger';
import { findAnyFreePort } from '../../infra/ports';
import { startEmbeddedPostgres } from '../../infra/postgres/embedded-postgres';
import { startTemporalDevServer } from '../../infra/temporal/dev-server';
import { createWorker } from '../../infra/worker/worker';
import type { Actor } from '../../workflows/expulsion/actor';
import { expulsionCase } from '../../workflows/expulsion/expulsion-case.workflow';
import { actionUpdates, openedUpdate } from '../../workflows/expulsion/messages';
import { REPLAY_PAYLOAD_KEY } from '../factories/replay-key';
import { schoolRecord } from '../factories/school.factory';

/**
 * Records the history of one expulsion case taken through every stage, for the replay test:
 * `npm run build && node dist/test/tools/record-expulsion-history.js VERSION`. Run it when the
 * workflow's code changes in a way that needs a new version, and keep the older files.
 */
async function main(): Promise<void> {
  const version = process.argv[2] ?? 'v1';
  const logger = createLogger('record-history', 'warn');
  const dataDir = await mkdtemp(join(tmpdir(), 'baton-history-'));
  await chmod(dataDir, 0o755);
  const [postgres, temporal] = await Promise.all([
    startEmbeddedPostgres({ dataDir, port: await findAnyFreePort(), logger }),
    startTemporalDevServer({ port: await findAnyFreePort(), logger }),
  ]);

  try {
    const dataSource = await openDatabase(postgres.urlFor('postgres'));
    await new SchoolImporter(dataSource).importRecords([schoolRecord({ id: '650001', network: 'Network 2' })]);
    const taskQueue = 'record-history';
    // The replay test decodes the recorded payloads with the same key.
    const payloadKey = REPLAY_PAYLOAD_KEY;
    const { worker, connection: workerConnection } = await createWorker({ temporalAddress: temporal.address, namespace: 'default', taskQueue, dataSource, timeZone: 'America/Chicago', payloadKey });
    const connection = await Connection.connect({ address: temporal.address });
    const client = new Client({ connection, dataConverter: createDataConverter(payloadKey) });

    await worker.runUntil(async () => {
      const caseId = `expulsion-${randomUUID()}`;
      const actor = (role: Actor['role']): Actor => ({ userId: null, email: `${role}@baton.example`, role, areaId: role === 'cao' || role === 'principal' ? 'network-2' : null, schoolId: role === 'principal' ? '650001' : null });
      const handle = await client.workflow.start(expulsionCase, {
        taskQueue,
        workflowId: caseId,
        args: [{ caseId, schoolId: '650001', areaId: 'network-2', openedBy: actor('principal'), openedAt: new Date().toISOString(), suspensionStartedOn: '2026-11-30' }],
      });
      await handle.executeUpdate(openedUpdate);
      const hearingAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
      await handle.executeUpdate(actionUpdates.submit_referral, { args: [{ actor: actor('principal'), data: {} }] });
      await handle.executeUpdate(actionUpdates.return_to_school, { args: [{ actor: actor('cao'), data: { reason: 'Attach the behavior plan.' } }] });
      await handle.executeUpdate(actionUpdates.submit_referral, { args: [{ actor: actor('principal'), data: { note: 'Plan attached.' } }] });
      await handle.executeUpdate(actionUpdates.approve_referral, { args: [{ actor: actor('cao'), data: {} }] });
      await handle.executeUpdate(actionUpdates.assign_attorney, { args: [{ actor: actor('law_office'), data: { attorneyName: 'A. Counsel' } }] });
      await handle.executeUpdate(actionUpdates.schedule_hearing, { args: [{ actor: actor('law_office'), data: { hearingAt } }] });
      await handle.executeUpdate(actionUpdates.reschedule_hearing, { args: [{ actor: actor('law_office'), data: { hearingAt, reason: 'Parent unavailable.' } }] });
      await handle.executeUpdate(actionUpdates.record_outcome, { args: [{ actor: actor('law_office'), data: { outcome: 'no_expulsion_recommended', recommendation: 'Return with support.' } }] });
      await handle.executeUpdate(actionUpdates.decide, { args: [{ actor: actor('central_office'), data: { decision: 'no_expulsion' } }] });
      await handle.result();

      const history = await handle.fetchHistory();
      const path = join(projectRoot(), 'test', 'fixtures', 'histories', `expulsion-case-${version}.history.pb`);
      // Binary protobuf: the SDK's JSON conversion fails with this protobufjs version ("type must be a Type").
      await writeFile(path, proto.api.history.v1.History.encode(history).finish());
      process.stdout.write(`wrote ${path} (${history.events?.length} events)\n`);
    });
    await workerConnection.close();
    await connection.close();
    await dataSource.destroy();
  } finally {
    await Promise.allSettled([postgres.stop(), temporal.stop()]);
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
