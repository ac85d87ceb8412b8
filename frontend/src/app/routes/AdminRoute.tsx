// Placeholder until the page lands (the web-app issue): replaced by its feature's page.
export function AdminRoute() {
  return <h1>Admin</h1>
}
