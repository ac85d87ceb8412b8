// TODO(helper): deterministic demo data (see issue 2)
export async function loadDemoDataIfEmpty(): Promise<Record<string, number> | null> {
  return null
}
