// Checks that a value received from another context is an Analysis (or a
// page's digest), field by field: the content script paints and the popup
// shows only what passed. Offsets are
// checked against the text they index, so a bad message cannot make a range
// outside the page's text.

import type { DigestCommitment, DigestEntity, PageDigest } from '../analysis/digest';
import type { Analysis, Commitment, Entity, EntityCount, PageMeta, SentenceSpan, StatementInfo, Strength, Summary } from '../analysis/types';
import { isCount, isNullableString, isRecord, isStringArray } from '../guards';

const STRENGTHS: ReadonlySet<unknown> = new Set<Strength>(['firm', 'intent', 'support']);
const ENTITY_TYPES: ReadonlySet<unknown> = new Set(['person', 'country', 'organization', 'place', 'date', 'instrument']);

const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

/** A [start, end) span inside a text of `length` UTF-16 units. */
const isSpanWithin = (value: Record<string, unknown>, length: number) =>
  isCount(value.start) && isCount(value.end) && (value.start as number) <= (value.end as number) && (value.end as number) <= length;

export function isPageMeta(value: unknown): value is PageMeta {
  return (
    isRecord(value) &&
    typeof value.url === 'string' &&
    typeof value.title === 'string' &&
    isOptionalString(value.docTypeLabel) &&
    isOptionalString(value.dateText) &&
    isOptionalString(value.office) &&
    isOptionalString(value.location)
  );
}

export function isStatementInfo(value: unknown): value is StatementInfo {
  return (
    isRecord(value) &&
    typeof value.isStatement === 'boolean' &&
    typeof value.title === 'string' &&
    isNullableString(value.type) &&
    isNullableString(value.date) &&
    isNullableString(value.office) &&
    isNullableString(value.location)
  );
}

function isSentence(value: unknown, length: number): value is SentenceSpan {
  return isRecord(value) && isSpanWithin(value, length);
}

function isCommitment(value: unknown, length: number): value is Commitment {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    isSpanWithin(value, length) &&
    STRENGTHS.has(value.strength) &&
    typeof value.trigger === 'string' &&
    isStringArray(value.actors) &&
    isNullableString(value.time) &&
    isNullableString(value.place) &&
    isNullableString(value.means)
  );
}

function isEntity(value: unknown, length: number): value is Entity {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    ENTITY_TYPES.has(value.type) &&
    typeof value.text === 'string' &&
    isSpanWithin(value, length) &&
    typeof value.key === 'string'
  );
}

function isEntityCount(value: unknown): value is EntityCount {
  return isRecord(value) && typeof value.key === 'string' && ENTITY_TYPES.has(value.type) && typeof value.text === 'string' && isCount(value.mentions);
}

function isSummary(value: unknown, length: number): value is Summary {
  if (!isRecord(value) || !isRecord(value.commitments)) return false;
  const counts = value.commitments;
  return (
    Array.isArray(value.sentences) &&
    value.sentences.every((sentence) => isSentence(sentence, length)) &&
    isStringArray(value.parties) &&
    isCount(counts.firm) &&
    isCount(counts.intent) &&
    isCount(counts.support) &&
    Array.isArray(value.topEntities) &&
    value.topEntities.every(isEntityCount)
  );
}

/** An Analysis of a text `length` UTF-16 units long. */
export function isAnalysisOf(value: unknown, length: number): value is Analysis {
  return (
    isRecord(value) &&
    isStatementInfo(value.statement) &&
    isStringArray(value.parties) &&
    Array.isArray(value.commitments) &&
    value.commitments.every((commitment) => isCommitment(commitment, length)) &&
    Array.isArray(value.entities) &&
    value.entities.every((entity) => isEntity(entity, length)) &&
    isSummary(value.summary, length)
  );
}

function isDigestCommitment(value: unknown): value is DigestCommitment {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    STRENGTHS.has(value.strength) &&
    typeof value.text === 'string' &&
    isStringArray(value.actors) &&
    typeof value.trigger === 'string' &&
    isNullableString(value.time) &&
    isNullableString(value.place) &&
    isNullableString(value.means)
  );
}

function isDigestEntity(value: unknown): value is DigestEntity {
  return isEntityCount(value) && isStringArray((value as unknown as Record<string, unknown>).ids);
}

export function isPageDigest(value: unknown): value is PageDigest {
  return (
    isRecord(value) &&
    isStringArray(value.parties) &&
    isStringArray(value.summary) &&
    Array.isArray(value.commitments) &&
    value.commitments.every(isDigestCommitment) &&
    Array.isArray(value.entities) &&
    value.entities.every(isDigestEntity) &&
    isRecord(value.omitted) &&
    isCount(value.omitted.commitments) &&
    isCount(value.omitted.entities)
  );
}
