export { workerProbe } from './worker-probe.workflow';
export { expulsionCase } from './expulsion/expulsion-case.workflow';
