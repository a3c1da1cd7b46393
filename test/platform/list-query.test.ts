import { describe, expect, it } from 'vitest';
import { type ListSpec, MAX_PAGE_SIZE, parseListQuery } from '../../api/common/list-query';

const SPEC: ListSpec = {
  sortable: { name: 'thing.name' },
  defaultSort: { field: 'name', order: 'ASC' },
  filters: { kind: 'thing.kind' },
  search: ['thing.name'],
};

describe(parseListQuery.name, () => {
  it('caps the page at the maximum size', () => {
    const list = parseListQuery({ _start: '10', _end: '100000' }, SPEC);

    expect(list.offset).toBe(10);
    expect(list.limit).toBe(MAX_PAGE_SIZE);
  });

  it('defaults to the first 25 rows in the default order', () => {
    const list = parseListQuery({}, SPEC);

    expect(list.offset).toBe(0);
    expect(list.limit).toBe(25);
    expect(list.sort).toEqual({ expression: 'thing.name', order: 'ASC' });
  });

  it('turns a repeated filter into a list of values', () => {
    const list = parseListQuery({ kind: ['a', 'b'] }, SPEC);

    expect(list.filters).toEqual([{ expression: 'thing.kind', values: ['a', 'b'] }]);
  });

  it('rejects _end before _start', () => {
    expect(() => parseListQuery({ _start: '5', _end: '2' }, SPEC)).toThrow('_end (2) must not be less than _start (5)');
  });
});
