// The router's Link (typed `to`, `params`, `search`; an ordinary <a href>, so ctrl/cmd-click and "open in new tab"
// keep working) with one change: it marks itself aria-current="page" only when it leads exactly to the address
// shown. The router's default also marks links to a parent path (the start page's link on every page).
import { Link as RouterLink, type LinkComponent } from '@tanstack/react-router'

const EXACT = { exact: true, includeSearch: true } as const

export const Link: LinkComponent<'a'> = (props) => <RouterLink activeOptions={EXACT} {...props} />
