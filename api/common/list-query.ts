import { UnprocessableEntityException } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Largest page a list returns, whatever `_end - _start` requests. */
export const MAX_PAGE_SIZE = 200;
const DEFAULT_PAGE_SIZE = 25;

/** Parameters a list endpoint accepts, each public name mapped to the SQL expression behind it. */
export interface ListSpec {
  sortable: Record<string, string>;
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  filters: Record<string, string>;
  /** Expressions matched, case-insensitively, by the `q` parameter. */
  search: string[];
}

/** A list request in the json-server conventions that react-admin's `ra-data-json-server` sends. */
export interface ListQuery {
  offset: number;
  limit: number;
  sort: { expression: string; order: 'ASC' | 'DESC' };
  filters: { expression: string; values: string[] }[];
  search?: string;
}

/** One page of a list and the number of rows that match in all. */
export interface Page<T> {
  rows: T[];
  total: number;
}

const RESERVED = new Set(['_start', '_end', '_sort', '_order', 'q']);

/**
 * Parses `_start`, `_end`, `_sort`, `_order`, `q` and field filters (a repeated parameter means
 * any of its values). Rejects unknown fields and bad numbers with 422, naming the value and what is allowed.
 */
export function parseListQuery(query: Record<string, unknown>, spec: ListSpec): ListQuery {
  const start = parseIndex(query._start, '_start', 0);
  const end = parseIndex(query._end, '_end', start + DEFAULT_PAGE_SIZE);
  if (end < start) throw invalid(`_end (${end}) must not be less than _start (${start}).`);

  const sortField = single(query._sort) ?? spec.defaultSort.field;
  const sortExpression = spec.sortable[sortField];
  if (!sortExpression) throw invalid(`_sort "${sortField}" is not sortable; use one of: ${Object.keys(spec.sortable).join(', ')}.`);

  const orderValue = (single(query._order) ?? spec.defaultSort.order).toUpperCase();
  if (orderValue !== 'ASC' && orderValue !== 'DESC') throw invalid(`_order "${single(query._order)}" is invalid; use ASC or DESC.`);

  const filters = Object.entries(query)
    .filter(([name]) => !RESERVED.has(name))
    .map(([name, value]) => {
      const expression = spec.filters[name];
      if (!expression) throw invalid(`"${name}" is not a filter of this list; use one of: ${Object.keys(spec.filters).join(', ')}, q.`);

      return { expression, values: (Array.isArray(value) ? value : [value]).map(String) };
    });

  const search = single(query.q)?.trim();

  return {
    offset: start,
    limit: Math.min(end - start, MAX_PAGE_SIZE),
    sort: { expression: sortExpression, order: orderValue },
    filters,
    search: search ? search : undefined,
  };
}

/** Adds the filters, search, order and page of `list` to a query builder and runs it. */
export async function fetchPage<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, list: ListQuery, spec: ListSpec): Promise<Page<T>> {
  applyFilters(builder, list, spec);

  const total = await builder.getCount();
  const rows = await builder
    .orderBy(list.sort.expression, list.sort.order, list.sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST')
    .addOrderBy(`${builder.alias}.id`, 'ASC')
    .offset(list.offset)
    .limit(list.limit)
    .getMany();

  return { rows, total };
}

/** Like `fetchPage`, for a query over tables without entities: rows come back raw, ordered last by `idExpression`. */
export async function fetchRawPage<T>(builder: SelectQueryBuilder<ObjectLiteral>, list: ListQuery, spec: ListSpec, idExpression: string): Promise<Page<T>> {
  applyFilters(builder, list, spec);

  const [{ total }] = await builder.clone().select('count(*)::int', 'total').orderBy().getRawMany<{ total: number }>();
  const rows = await builder
    .orderBy(list.sort.expression, list.sort.order, list.sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST')
    .addOrderBy(idExpression, 'ASC')
    .offset(list.offset)
    .limit(list.limit)
    .getRawMany<T>();

  return { rows, total };
}

function applyFilters<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, list: ListQuery, spec: ListSpec): void {
  list.filters.forEach((filter, index) => {
    builder.andWhere(`${filter.expression} IN (:...filter${index})`, { [`filter${index}`]: filter.values });
  });
  if (list.search) {
    const pattern = `%${list.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    builder.andWhere(`(${spec.search.map((expression) => `${expression} ILIKE :search`).join(' OR ')})`, { search: pattern });
  }
}

function parseIndex(value: unknown, name: string, fallback: number): number {
  const text = single(value);
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text)) throw invalid(`${name} "${text}" is invalid; use a whole number of 0 or more.`);

  return Number(text);
}

function single(value: unknown): string | undefined {
  if (Array.isArray(value)) return single(value[value.length - 1]);

  return value === undefined ? undefined : String(value);
}

function invalid(message: string): UnprocessableEntityException {
  return new UnprocessableEntityException(message);
}
