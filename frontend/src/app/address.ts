// How the address's query is read and written (the router's options; the component tests use the same).
import { defaultParseSearch, defaultStringifySearch } from '@tanstack/react-router'

/** `?period=12&gaps=1` → `{ period: 12, gaps: 1 }`: values are read as JSON where they are JSON, else kept as text. */
export const parseSearch = defaultParseSearch

/** The inverse, with slashes left readable as before (`/logga-in?returnTo=/planer`): a slash needs no escaping in a query. */
export const stringifySearch = (search: Record<string, unknown>) => defaultStringifySearch(search).replace(/%2F/gi, '/')
