import jsonServerProvider from 'ra-data-json-server';
import { API_URL, httpClient } from './httpClient';

/**
 * Data provider for the API's json-server dialect. Lists are JSON arrays with the total in the
 * `X-Total-Count` header, paged with `_start`/`_end`, sorted with `_sort`/`_order`, searched with
 * `q` and filtered by field name.
 */
export const dataProvider = jsonServerProvider(API_URL, httpClient);
