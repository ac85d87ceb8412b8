// Matchers such as toHaveAccessibleDescription and toHaveFocus for the component tests.
import '@testing-library/jest-dom'
import { loadNamespaces } from '@/lib/i18n'

// jsdom lays nothing out, so it has no scrolling: a no-op stands in for it.
Element.prototype.scrollIntoView = function scrollIntoView() {}
// …nor window scrolling, which the router does after a navigation (to the top of the new page).
window.scrollTo = function scrollTo() {}

// The app loads a page's feature strings with the page (app/router.tsx); a component test renders the component
// alone, so every namespace is loaded before the tests, as it is by the time a page renders.
beforeAll(() => loadNamespaces('overview', 'plans', 'followUps', 'review', 'admin', 'results', 'coverage'))
