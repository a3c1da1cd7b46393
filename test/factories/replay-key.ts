/**
 * Payload key of the histories recorded for the replay test. It guards no real data: the recorded
 * cases are invented, and the key only lets the replay decode what the recording encrypted.
 */
export const REPLAY_PAYLOAD_KEY = Buffer.alloc(32, 7).toString('base64');
