import { BATON_SEARCH_ATTRIBUTE_KEYS } from '../../workflows/search-attributes';

const CLI_TYPES: Record<string, string> = { KEYWORD: 'Keyword', DATETIME: 'Datetime' };

/** Baton's search attributes as `temporal server start-dev --search-attribute NAME=Type` takes them. */
export const BATON_SEARCH_ATTRIBUTES: Record<string, string> = Object.fromEntries(
  BATON_SEARCH_ATTRIBUTE_KEYS.map((key) => [key.name, CLI_TYPES[key.type]]),
);
