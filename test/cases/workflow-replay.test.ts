import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../api/common/project-root';
import { createDataConverter } from '../../api/temporal/encryption-codec';
import { REPLAY_PAYLOAD_KEY } from '../factories/replay-key';

const HISTORIES = join(projectRoot(), 'test', 'fixtures', 'histories');

/** Histories recorded by `npm run record:history -- VERSION`, one per released workflow version. */
const recorded = readdirSync(HISTORIES).filter((name) => name.endsWith('.history.pb'));

describe('workflow replay', () => {
  it('has a recorded history of the expulsion workflow', () => {
    expect(recorded.filter((name) => name.startsWith('expulsion-case-'))).not.toHaveLength(0);
  });

  it.each(recorded)('replays %s with the current workflow code', async (name) => {
    const history = temporal.api.history.v1.History.decode(readFileSync(join(HISTORIES, name)));

    const results = Worker.runReplayHistories(
      { workflowsPath: join(projectRoot(), 'workflows', 'index.ts'), dataConverter: createDataConverter(REPLAY_PAYLOAD_KEY) },
      [{ workflowId: name, history }],
    );

    let replayed = 0;
    for await (const result of results) {
      expect(result.error).toBeUndefined();
      replayed += 1;
    }
    expect(replayed).toBe(1);
  });
});
