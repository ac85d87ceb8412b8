// Stylesheets do nothing in component tests.
module.exports = {}
