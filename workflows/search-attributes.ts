import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Baton's custom search attributes. They carry opaque ids only, never a student's detail, because
 * Temporal stores them unencrypted. The dev server registers them at start; production runs
 * `temporal operator search-attribute create` once (see docker-compose.yml).
 */
export const BatonProcess = defineSearchAttributeKey('BatonProcess', SearchAttributeType.KEYWORD);
export const BatonStage = defineSearchAttributeKey('BatonStage', SearchAttributeType.KEYWORD);
export const BatonAreaId = defineSearchAttributeKey('BatonAreaId', SearchAttributeType.KEYWORD);
export const BatonSchoolId = defineSearchAttributeKey('BatonSchoolId', SearchAttributeType.KEYWORD);
export const BatonDueAt = defineSearchAttributeKey('BatonDueAt', SearchAttributeType.DATETIME);

export const BATON_SEARCH_ATTRIBUTE_KEYS = [BatonProcess, BatonStage, BatonAreaId, BatonSchoolId, BatonDueAt];
