// Matchers such as toHaveAccessibleDescription and toHaveFocus for the component tests.
import '@testing-library/jest-dom'

// jsdom lays nothing out, so it has no scrolling: a no-op stands in for it.
Element.prototype.scrollIntoView = function scrollIntoView() {}
// …nor window scrolling, which the router does after a navigation (to the top of the new page).
window.scrollTo = function scrollTo() {}
