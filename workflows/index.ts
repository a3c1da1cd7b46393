export { workerProbe } from './worker-probe.workflow';
